/**
 * The JSON response sample (a page copied with its JSON示例 tab open). It reads into the same element tree as the
 * XML sample, so one evidence builder serves both: an object is an element with an element per key, a list wrapper
 * `{"refund_message": [{…}]}` is elements of one name, and a scalar is an element's text (numbers as written, so a
 * 19-digit id keeps its digits).
 */
import type { Line } from './lines.js';
import { rootOf, type XmlElement } from './xml-sample.js';

/** Parses the sample; `undefined` when it is not one JSON object (then it is no evidence). */
export function parseJsonSample(body: readonly Line[]): XmlElement | undefined {
  // Without blank lines and a code block's line-number gutter (`1`, `2`, … before the JSON).
  const lines = body.filter((l) => !l.bullet && l.text !== '');
  while (lines.length > 0 && /^\d+$/.test(lines[0]?.text ?? '')) lines.shift();
  const first = lines[0];
  if (!first || !first.text.startsWith('{')) return undefined;
  const reader = new JsonReader(lines);
  try {
    const root: XmlElement = { name: '', children: [], text: '', line: first };
    reader.value(root, 0);
    reader.end();
    // `{"x_response": {…}}`: the one key is the root element, as `<x_response>` is in XML; without one, a root of
    // no name holds the fields.
    return rootOf(root.children);
  } catch {
    return undefined;
  }
}

/** A strict JSON reader over the sample's lines that builds elements as it goes. */
class JsonReader {
  readonly #text: string;
  /** Offset where each line starts in `#text`. */
  readonly #starts: number[] = [];
  #at = 0;

  constructor(private readonly lines: readonly Line[]) {
    let offset = 0;
    for (const l of lines) {
      this.#starts.push(offset);
      offset += l.text.length + 1;
    }
    this.#text = lines.map((l) => l.text).join('\n');
  }

  /** Reads one value into `into`: its text for a scalar, child elements for an object. */
  value(into: XmlElement, depth: number): void {
    if (depth > 64) throw new SyntaxError('too deep');
    const c = this.#peek();
    if (c === '{') this.#object(into, depth);
    else if (c === '"') into.text = this.#string();
    else {
      const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.#text.slice(this.#at, this.#at + 400));
      if (!m) throw new SyntaxError(`unexpected ${c} at ${this.#at}`);
      this.#at += m[0].length;
      into.text = m[0] === 'null' ? '' : m[0];
    }
  }

  end(): void {
    if (this.#peek() !== '') throw new SyntaxError('trailing text');
  }

  #object(into: XmlElement, depth: number): void {
    this.#expect('{');
    if (this.#peek() === '}') return void this.#at++;
    for (;;) {
      const line = this.#line();
      const name = this.#string();
      this.#expect(':');
      if (this.#peek() === '[') {
        // A list: one element per item, all of the key's name.
        this.#at++;
        if (this.#peek() === ']') this.#at++;
        else
          for (;;) {
            const item: XmlElement = { name, children: [], text: '', line: this.#line() };
            this.value(item, depth + 1);
            into.children.push(item);
            if (this.#peek() === ',') this.#at++;
            else {
              this.#expect(']');
              break;
            }
          }
      } else {
        const child: XmlElement = { name, children: [], text: '', line };
        this.value(child, depth + 1);
        into.children.push(child);
      }
      if (this.#peek() === ',') this.#at++;
      else return this.#expect('}');
    }
  }

  #string(): string {
    this.#expect('"');
    const m = /^(?:[^"\\\n]|\\.)*"/.exec(this.#text.slice(this.#at));
    if (!m) throw new SyntaxError(`unterminated string at ${this.#at}`);
    this.#at += m[0].length;
    return JSON.parse(`"${m[0]}`) as string;
  }

  /** Skips white space; the next character, or '' at the end. */
  #peek(): string {
    while (/\s/.test(this.#text[this.#at] ?? '')) this.#at++;
    return this.#text[this.#at] ?? '';
  }

  #expect(c: string): void {
    if (this.#peek() !== c) throw new SyntaxError(`expected ${c} at ${this.#at}`);
    this.#at++;
  }

  /** The page line the reader is on. */
  #line(): Line {
    this.#peek();
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] ?? 0) <= this.#at) lo = mid;
      else hi = mid - 1;
    }
    return this.lines[lo] as Line;
  }
}
