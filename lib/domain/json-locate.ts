/**
 * Line numbers for JSON files a seller hands us. `JSON.parse` in V8 (Node 20, older Chrome) says
 * "Unexpected end of JSON input" without a position, and never says where a *valid* value that
 * fails the schema sits, so this small strict scanner walks the text itself:
 *  - `findJsonSyntaxError(text)`: where and why the text is not JSON;
 *  - `lineOfJsonPath(text, path)`: the line of the value at `data.skus[3].hsCode` (or of its
 *    nearest existing parent, when the field is missing).
 */

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  message: string;
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Visitor = (path: readonly (string | number)[], offset: number) => void;

/** A strict JSON walker (RFC 8259) that reports each value's path and start offset. */
class Scanner {
  private i = 0;
  constructor(
    private readonly text: string,
    private readonly visit: Visitor,
  ) {}

  run(): void {
    this.ws();
    this.value([]);
    this.ws();
    if (this.i < this.text.length) throw new ScanError('unexpected text after the end of the JSON value', this.i);
  }

  private ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }

  private fail(expected: string): never {
    if (this.i >= this.text.length) throw new ScanError(`the file ends too early (expected ${expected}); it looks truncated`, this.i);
    throw new ScanError(`expected ${expected} but found ${JSON.stringify(this.text[this.i])}`, this.i);
  }

  private value(path: (string | number)[]): void {
    this.visit(path, this.i);
    const c = this.text[this.i];
    if (c === '{') return this.object(path);
    if (c === '[') return this.array(path);
    if (c === '"') return void this.string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return;
      }
    }
    this.fail('a value');
  }

  private object(path: (string | number)[]): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === '}') return void this.i++;
    for (;;) {
      this.ws();
      if (this.text[this.i] !== '"') this.fail('a property name in double quotes');
      const key = this.string();
      this.ws();
      if (this.text[this.i] !== ':') this.fail("':' after the property name");
      this.i++;
      this.ws();
      this.value([...path, key]);
      this.ws();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] === '}') return void this.i++;
      else this.fail("',' or '}' after a property value");
    }
  }

  private array(path: (string | number)[]): void {
    this.i++;
    this.ws();
    if (this.text[this.i] === ']') return void this.i++;
    for (let index = 0; ; index++) {
      this.ws();
      this.value([...path, index]);
      this.ws();
      if (this.text[this.i] === ',') this.i++;
      else if (this.text[this.i] === ']') return void this.i++;
      else this.fail("',' or ']' after a list item");
    }
  }

  private string(): string {
    const start = this.i;
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      // A raw line break would have stopped us below, so running off the end means the file was cut.
      if (c === undefined) throw new ScanError('the file ends too early inside a text value (missing "); it looks truncated', start);
      if (c === '"') break;
      if (c < ' ') throw new ScanError('a text value contains a raw line break or control character', this.i);
      this.i += c === '\\' ? 2 : 1;
    }
    this.i++;
    try {
      return JSON.parse(this.text.slice(start, this.i)) as string;
    } catch {
      throw new ScanError('a text value contains an invalid escape sequence', start);
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.i, this.i + 400));
    if (!match) this.fail('a number');
    this.i += match[0].length;
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Why and where `text` is not JSON; null when it is. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  try {
    new Scanner(text, () => {}).run();
    return null;
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ...lineAndColumn(text, error.offset), message: error.message };
  }
}

/**
 * Line of the value at `path`, or of the deepest parent that exists (a missing field is reported
 * at the object that lacks it). Undefined when the text is not JSON.
 */
export function lineOfJsonPath(text: string, path: readonly (string | number)[]): number | undefined {
  let best: { depth: number; offset: number } | undefined;
  const visit: Visitor = (at, offset) => {
    if (at.length > path.length || (best && best.depth >= at.length)) return;
    for (let k = 0; k < at.length; k++) if (at[k] !== path[k]) return;
    best = { depth: at.length, offset };
  };
  try {
    new Scanner(text, visit).run();
  } catch {
    return undefined;
  }
  return best ? lineAndColumn(text, best.offset).line : undefined;
}
