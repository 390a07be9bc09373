/**
 * zod issues turned into plain words that name the field: "hsCode must be a 6-digit HS code
 * (found "62A4")". Used for every rejected write, import and backup.
 */
import type { z } from 'zod';

export interface FieldProblem {
  /** Dotted path with indexes, e.g. `data.skus[3].hsCode`; empty for the value itself. */
  path: string;
  pathSegments: (string | number)[];
  message: string;
  /** Short rendering of the offending value, when there is one. */
  found?: string;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function valueAt(root: unknown, segments: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of segments) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function render(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function plainMessage(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === 'invalid_type') {
    return found === undefined ? 'is missing' : `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  }
  if (issue.code === 'invalid_value') {
    return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  }
  // Custom messages in schemas.ts are already plain ("must be a 6-digit HS code"); zod's own
  // defaults ("Too small: expected…") are reworded for the common cases.
  if (issue.code === 'too_small' && issue.message.startsWith('Too small')) {
    return issue.origin === 'array' ? `must have at least ${issue.minimum} item(s)` : `must be at least ${issue.minimum}${issue.origin === 'string' ? ' characters long' : ''}`;
  }
  if (issue.code === 'too_big' && issue.message.startsWith('Too big')) {
    return issue.origin === 'array' ? `must have at most ${issue.maximum} items` : `must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters long' : ''}`;
  }
  if (issue.code === 'unrecognized_keys') return `has unknown field(s) ${issue.keys.join(', ')}`;
  return issue.message.replace(/^Invalid input: /, '');
}

/** `input` is the value that was validated, used to show what was found at each path. */
export function describeIssues(error: z.core.$ZodError, input: unknown, prefix: readonly (string | number)[] = []): FieldProblem[] {
  return error.issues.map((issue) => {
    const found = valueAt(input, issue.path);
    const segments = [...prefix, ...issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s))];
    return {
      path: formatPath(segments),
      pathSegments: segments,
      message: plainMessage(issue, found),
      found: issue.code === 'invalid_type' && found === undefined ? undefined : render(found),
    };
  });
}

/** "hsCode must be a 6-digit HS code (found "62A4")". */
export function problemText(problem: FieldProblem): string {
  const subject = problem.path === '' ? 'The value' : problem.path;
  return `${subject} ${problem.message}${problem.found !== undefined ? ` (found ${problem.found})` : ''}`;
}
