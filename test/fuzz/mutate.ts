/** fast-check arbitraries that break real inputs the way hostile or broken docs do. */
import fc from 'fast-check';

export const HOSTILE = ['*/', '/*', '${', '`', '\u2028', '\u2029', '\u0000', '😀', '\ufeff', '"', "'", '\\', '<script>', ': ', '- ', '#', '&a', '*a', '!!js/function', '{', '[', ']', '}', '\t', '\r\n', 'null', '~', '0x1F', '1e999', 'NaN'];

/** Text from the hostile alphabet, sometimes very long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.array(fc.constantFrom(...HOSTILE), { maxLength: 8 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
);

export type Mutation =
  | { kind: 'drop'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'inject'; at: number; col: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'nest'; at: number; depth: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), col: fc.nat(), text: hostileText }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('nest' as const), at: fc.nat(), depth: fc.integer({ min: 1, max: 200 }) }),
);

/** Applies mutations line-wise (for YAML and page text) or character-wise where lines are few (JSON on one line). */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = lines.length;
    const i = (k: number) => (n === 0 ? 0 : k % n);
    switch (m.kind) {
      case 'drop':
        lines.splice(i(m.at), 1);
        break;
      case 'duplicate':
        lines.splice(i(m.at), 0, lines[i(m.at)] ?? '');
        break;
      case 'swap': {
        const a = lines[i(m.a)] ?? '';
        lines[i(m.a)] = lines[i(m.b)] ?? '';
        lines[i(m.b)] = a;
        break;
      }
      case 'inject': {
        const line = lines[i(m.at)] ?? '';
        const col = line.length === 0 ? 0 : m.col % (line.length + 1);
        lines[i(m.at)] = line.slice(0, col) + m.text + line.slice(col);
        break;
      }
      case 'truncate':
        lines = lines.slice(0, i(m.at) + 1);
        break;
      case 'nest': {
        // Deep nesting in both dialects: YAML children and JSON subParams.
        let yaml = '';
        for (let d = 0; d < m.depth; d++) yaml += `${'    '.repeat(d)}  - name: n${d}\n${'    '.repeat(d)}    type: T\n${'    '.repeat(d)}    children:\n`;
        const json = `${'{"name":"n","type":"T","subParams":['.repeat(m.depth)}${']}'.repeat(m.depth)}`;
        lines.splice(i(m.at), 0, yaml, json);
        break;
      }
    }
  }
  return lines.join('\n');
}
