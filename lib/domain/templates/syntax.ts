/**
 * Template body syntax (F6, "frame + variables"):
 *
 *   {{orderId}}                          a variable, filled from the page
 *   {{#couponCode}}…{{/couponCode}}      a section, shown only when couponCode has a value
 *   {{^buyerName}}…{{/buyerName}}        an inverted section, shown only when it has none
 *   [[hint for the agent]]               a part the agent writes or checks before sending
 *
 * A section tag alone on its line takes the whole line with it (as in Mustache), so optional
 * paragraphs can be written on lines of their own without leaving blank lines behind. Everything
 * else is text: values are never parsed again, so a buyer name like "{{x}}" or "<b>" stays text.
 */
import { TEMPLATE_VARIABLE_NAMES, isTemplateVariable } from './variables';

export type TemplateNode =
  | { kind: 'text'; text: string }
  | { kind: 'variable'; name: string; start: number; end: number }
  | { kind: 'personalise'; hint: string; start: number; end: number }
  | { kind: 'section'; name: string; inverted: boolean; children: TemplateNode[]; start: number; end: number };

export type TemplateErrorCode =
  | 'unknown_variable'
  | 'empty_variable'
  | 'unclosed_variable'
  | 'section_not_closed'
  | 'section_not_open'
  | 'section_mismatch'
  | 'unclosed_personalise'
  | 'empty_personalise'
  | 'nested_personalise';

export interface TemplateError {
  code: TemplateErrorCode;
  /** Offsets into the body, for highlighting. */
  start: number;
  end: number;
  /** 1-based, for the message. */
  line: number;
  column: number;
  /** The variable or section name concerned, when there is one. */
  name?: string;
  /** A known variable close to an unknown name. */
  suggestion?: string;
  /** The open section a closing tag does not match (section_mismatch). */
  expected?: string;
  /** The problem in plain words, with its position, in English. */
  message: string;
}

export interface ParsedTemplate {
  nodes: TemplateNode[];
  errors: TemplateError[];
}

// ── Tokens ──────────────────────────────────────────────────────────────────────────────────

type Token =
  | { kind: 'text'; text: string; start: number }
  | { kind: 'variable'; name: string; start: number; end: number }
  | { kind: 'open' | 'inverted' | 'close'; name: string; start: number; end: number }
  | { kind: 'personalise'; hint: string; start: number; end: number };

const OPENER = /\{\{|\[\[/g;
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;

function positionOf(body: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Edit distance, for "did you mean". Names are short: the plain O(n·m) table is fine. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

function suggestionFor(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of TEMPLATE_VARIABLE_NAMES) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function describe(error: Omit<TemplateError, 'message'>): string {
  const at = `Line ${error.line}, column ${error.column}`;
  const name = error.name ?? '';
  switch (error.code) {
    case 'unknown_variable':
      return `${at}: {{${name}}} is not a variable templates can use.${error.suggestion ? ` Did you mean {{${error.suggestion}}}?` : ''}`;
    case 'empty_variable':
      return `${at}: "{{}}" has no variable name between the braces.`;
    case 'unclosed_variable':
      return `${at}: "{{" starts a variable but is never closed with "}}".`;
    case 'section_not_closed':
      return `${at}: the section {{#${name}}} is never closed. Add {{/${name}}} where it should end.`;
    case 'section_not_open':
      return `${at}: {{/${name}}} closes a section that was never opened. Add {{#${name}}} before it, or remove it.`;
    case 'section_mismatch':
      return `${at}: {{/${name}}} closes a section, but the section still open here is {{#${error.expected ?? ''}}}. Close that one first.`;
    case 'unclosed_personalise':
      return `${at}: "[[" starts a note for the agent but is never closed with "]]".`;
    case 'empty_personalise':
      return `${at}: "[[]]" is empty. Write what the agent should add between the brackets.`;
    case 'nested_personalise':
      return `${at}: a note for the agent ([[…]]) cannot contain variables or other notes.`;
  }
}

function tokenize(body: string, errors: TemplateError[]): Token[] {
  const tokens: Token[] = [];
  const fail = (error: Omit<TemplateError, 'line' | 'column' | 'message'>) => {
    const full = { ...error, ...positionOf(body, error.start) };
    errors.push({ ...full, message: describe(full) });
  };
  let textStart = 0;
  const pushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', text: body.slice(textStart, end), start: textStart });
  };
  OPENER.lastIndex = 0;
  for (let m = OPENER.exec(body); m; m = OPENER.exec(body)) {
    const start = m.index;
    if (m[0] === '[[') {
      const close = body.indexOf(']]', start + 2);
      if (close === -1) {
        fail({ code: 'unclosed_personalise', start, end: start + 2 });
        continue; // the rest stays text
      }
      const end = close + 2;
      const hint = body.slice(start + 2, close).trim();
      pushText(start);
      textStart = end;
      OPENER.lastIndex = end;
      if (!hint) fail({ code: 'empty_personalise', start, end });
      else if (hint.includes('{{') || hint.includes('[[')) fail({ code: 'nested_personalise', start, end });
      tokens.push({ kind: 'personalise', hint, start, end });
      continue;
    }
    const close = body.indexOf('}}', start + 2);
    if (close === -1) {
      fail({ code: 'unclosed_variable', start, end: start + 2 });
      continue;
    }
    const end = close + 2;
    pushText(start);
    textStart = end;
    OPENER.lastIndex = end;
    const inner = body.slice(start + 2, close).trim();
    const sigil = inner[0];
    const kind = sigil === '#' ? 'open' : sigil === '^' ? 'inverted' : sigil === '/' ? 'close' : 'variable';
    const name = kind === 'variable' ? inner : inner.slice(1).trim();
    if (!name) {
      fail({ code: 'empty_variable', start, end });
      tokens.push({ kind: 'text', text: body.slice(start, end), start });
      continue;
    }
    if (!NAME_RE.test(name) || !isTemplateVariable(name)) {
      const suggestion = suggestionFor(name);
      fail({ code: 'unknown_variable', start, end, name, ...(suggestion && { suggestion }) });
    }
    tokens.push(kind === 'variable' ? { kind, name, start, end } : { kind, name, start, end });
  }
  pushText(body.length);
  return tokens;
}

// ── Standalone section lines ────────────────────────────────────────────────────────────────

const LINE_END_BLANK = /(?:^|\n)[ \t]*$/;
const LINE_START_BLANK = /^[ \t]*(?:\r?\n|$)/;

/**
 * A section tag alone on its line removes that line: the blanks before it on the line and the
 * blanks plus line break after it. Decided on the original texts, then applied, so two tags on
 * consecutive lines both count as alone.
 */
function dropStandaloneLines(tokens: Token[]): Token[] {
  const cutEnd = new Map<number, number>();
  const cutStart = new Map<number, number>();
  tokens.forEach((token, i) => {
    if (token.kind !== 'open' && token.kind !== 'inverted' && token.kind !== 'close') return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const beforeText = before === undefined ? '' : before.kind === 'text' ? before.text : null;
    const afterText = after === undefined ? '' : after.kind === 'text' ? after.text : null;
    if (beforeText === null || afterText === null) return;
    // At the very start of the body, the line starts with the tag.
    const lineStartsHere = before === undefined || LINE_END_BLANK.test(beforeText);
    const lineEndsHere = LINE_START_BLANK.exec(afterText);
    if (!lineStartsHere || !lineEndsHere) return;
    if (before) cutEnd.set(i - 1, beforeText.length - beforeText.replace(/[ \t]*$/, '').length);
    if (after) cutStart.set(i + 1, lineEndsHere[0].length);
  });
  if (cutEnd.size === 0 && cutStart.size === 0) return tokens;
  return tokens.map((token, i) => {
    if (token.kind !== 'text') return token;
    const head = cutStart.get(i) ?? 0;
    const tail = cutEnd.get(i) ?? 0;
    if (!head && !tail) return token;
    return { ...token, text: token.text.slice(head, Math.max(head, token.text.length - tail)), start: token.start + head };
  });
}

// ── Tree ────────────────────────────────────────────────────────────────────────────────────

function buildTree(body: string, tokens: Token[], errors: TemplateError[]): TemplateNode[] {
  const fail = (error: Omit<TemplateError, 'line' | 'column' | 'message'>) => {
    const full = { ...error, ...positionOf(body, error.start) };
    errors.push({ ...full, message: describe(full) });
  };
  const root: TemplateNode[] = [];
  const stack: Array<Extract<TemplateNode, { kind: 'section' }>> = [];
  const current = () => stack[stack.length - 1]?.children ?? root;
  for (const token of tokens) {
    switch (token.kind) {
      case 'text':
        if (token.text) current().push({ kind: 'text', text: token.text });
        break;
      case 'variable':
        current().push({ kind: 'variable', name: token.name, start: token.start, end: token.end });
        break;
      case 'personalise':
        current().push({ kind: 'personalise', hint: token.hint, start: token.start, end: token.end });
        break;
      case 'open':
      case 'inverted': {
        const section = { kind: 'section' as const, name: token.name, inverted: token.kind === 'inverted', children: [], start: token.start, end: token.end };
        current().push(section);
        stack.push(section);
        break;
      }
      case 'close': {
        const open = stack[stack.length - 1];
        const outer = stack.map((s) => s.name).lastIndexOf(token.name);
        if (!open || outer === -1) fail({ code: 'section_not_open', start: token.start, end: token.end, name: token.name });
        else if (open.name !== token.name) {
          // It closes a section further out: report the inner one, then close both so the rest renders sensibly.
          fail({ code: 'section_mismatch', start: token.start, end: token.end, name: token.name, expected: open.name });
          stack.length = outer;
        } else {
          open.end = token.end;
          stack.pop();
        }
        break;
      }
    }
  }
  for (const open of stack) fail({ code: 'section_not_closed', start: open.start, end: open.end, name: open.name });
  return root;
}

// ── Public ──────────────────────────────────────────────────────────────────────────────────

const parsedCache = new Map<string, ParsedTemplate>();

/** The body as a tree plus every problem found. Cached per body: the same few templates render over and over. */
export function parseTemplate(body: string): ParsedTemplate {
  let parsed = parsedCache.get(body);
  if (!parsed) {
    const errors: TemplateError[] = [];
    const tokens = dropStandaloneLines(tokenize(body, errors));
    const nodes = buildTree(body, tokens, errors);
    errors.sort((a, b) => a.start - b.start);
    parsed = { nodes, errors };
    if (parsedCache.size >= 500) parsedCache.clear();
    parsedCache.set(body, parsed);
  }
  return parsed;
}

/** Problems in a template body, first one first; empty when the body is fine. Used by the editor. */
export function validateTemplateBody(body: string): readonly TemplateError[] {
  return parseTemplate(body).errors;
}

/** Variable and section names a body uses, in first-use order. */
export function variablesUsedIn(body: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      if (node.kind === 'variable') names.add(node.name);
      else if (node.kind === 'section') {
        names.add(node.name);
        walk(node.children);
      }
    }
  };
  walk(parseTemplate(body).nodes);
  return [...names];
}
