/**
 * Fills a template with the facts of one order (F6). The result is plain text for a marketplace
 * reply box plus where each variable and each part to personalise ended up, so the reply assistant
 * can highlight them and put the cursor on the first one.
 *
 * A missing fact never disappears and never reads "undefined": it becomes a visible mark such as
 * "[✎ order number]" in the template's language, listed in `missing` and as a part to personalise.
 */
import type { TemplateLanguage } from './kinds';
import { parseTemplate, type TemplateNode } from './syntax';
import { isTemplateVariable, templateVariableInfo, type TemplateValues } from './variables';

/**
 * How a part the agent must write or check looks in the reply: "[✎ hint]". Plain characters, so it
 * survives any reply box (no markup), and easy to spot and to search for before sending.
 */
export function personaliseMark(hint: string): string {
  return `[✎ ${hint}]`;
}

const MARK_RE = /\[✎ [^\]\n]*\]/g;

/** Marks still left in a reply (the agent has not replaced them yet): show them before sending. */
export function findPersonaliseMarks(text: string): Array<{ start: number; end: number; match: string }> {
  return [...text.matchAll(MARK_RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, match: m[0] }));
}

export interface RenderedVariable {
  name: string;
  start: number;
  end: number;
  /** False: the value was missing and a mark stands in its place. */
  filled: boolean;
}

export interface PersonaliseRange {
  start: number;
  end: number;
  hint: string;
  /** Set when the range stands for a missing variable. */
  variable?: string;
}

export interface RenderedReply {
  text: string;
  variables: RenderedVariable[];
  /** Parts the agent writes or checks: [[…]] notes and missing values, in text order. */
  personalise: PersonaliseRange[];
  /** Names of the variables that had no value, each once, in text order. */
  missing: string[];
  /** Where the cursor goes: the first part to personalise, else the end of the text. */
  firstCursor: number;
}

export interface RenderOptions {
  /** Language of the labels shown for missing values; the template's own language by default. */
  labelLanguage?: TemplateLanguage;
}

/** Values the page could not read sometimes arrive as these words: they count as missing too. */
const NOT_A_VALUE = new Set(['undefined', 'null', 'nan']);

function valueOf(values: TemplateValues, name: string): string | undefined {
  const raw: unknown = isTemplateVariable(name) ? values[name] : undefined;
  const text = typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
  return text && !NOT_A_VALUE.has(text.toLowerCase()) ? text : undefined;
}

export function renderTemplate(
  template: { body: string; language: TemplateLanguage },
  values: TemplateValues,
  opts: RenderOptions = {},
): RenderedReply {
  const language = opts.labelLanguage ?? template.language;
  const parts: string[] = [];
  let length = 0;
  const variables: RenderedVariable[] = [];
  const personalise: PersonaliseRange[] = [];
  const missing = new Set<string>();
  const append = (text: string) => {
    parts.push(text);
    const start = length;
    length += text.length;
    return start;
  };

  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          append(node.text);
          break;
        case 'variable': {
          const value = valueOf(values, node.name);
          if (value !== undefined) {
            const start = append(value);
            variables.push({ name: node.name, start, end: length, filled: true });
          } else {
            const hint = isTemplateVariable(node.name) ? templateVariableInfo(node.name).placeholder[language] : node.name;
            const start = append(personaliseMark(hint));
            variables.push({ name: node.name, start, end: length, filled: false });
            personalise.push({ start, end: length, hint, variable: node.name });
            missing.add(node.name);
          }
          break;
        }
        case 'personalise': {
          const start = append(personaliseMark(node.hint));
          personalise.push({ start, end: length, hint: node.hint });
          break;
        }
        case 'section':
          if ((valueOf(values, node.name) !== undefined) !== node.inverted) walk(node.children);
          break;
      }
    }
  };
  walk(parseTemplate(template.body).nodes);

  const text = parts.join('');
  return {
    text,
    variables,
    personalise,
    missing: [...missing],
    firstCursor: personalise[0]?.start ?? text.length,
  };
}
