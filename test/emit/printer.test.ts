// The printer writes prettier's shape directly: each case is checked against the pinned prettier (the judge) and, where
// the layout is the point, against the exact expected text.
import { join } from 'node:path';
import * as prettier from 'prettier';
import { StructureKind } from 'ts-morph';
import type { StatementStructures } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { fits, needsPrettier, printStatements, stringLiteral, width } from '../../generator/emit/printer.js';
import { Kind } from '../../generator/emit/structure-kind.js';
import { loadPrettierConfig } from '../../generator/write/format-files.js';
import { ROOT } from './helpers.js';

const config = await loadPrettierConfig(join(ROOT, '.prettierrc.json'));
const judge = (text: string) => prettier.format(text, { ...config, parser: 'typescript', filepath: 'x.ts' });

/** A name that makes `prefix + name + suffix` exactly `total` characters long. */
const padded = (prefix: string, suffix: string, total: number) => `${prefix}${'n'.repeat(total - prefix.length - suffix.length)}${suffix}`;

describe('structure kinds', () => {
  it('mirror the values of ts-morph', () => {
    for (const [name, value] of Object.entries(Kind)) expect(value, name).toBe(StructureKind[name as keyof typeof StructureKind]);
  });
});

describe('printStatements', () => {
  const importOf = (names: string[]): StatementStructures => ({ kind: Kind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './m.js', namedImports: names });

  it.each([120, 121])('an import of %i characters', async (total) => {
    const last = padded("import type { A, ", " } from './m.js';", total).slice("import type { A, ".length, -" } from './m.js';".length);
    const text = printStatements([importOf(['A', last])]);
    expect(await judge(text)).toBe(text);
    expect(text.split('\n').length).toBe(total <= 120 ? 2 : 5);
  });

  it('never breaks an import of one name, however long', async () => {
    const text = printStatements([importOf(['N'.repeat(150)])]);
    expect(text.split('\n').length).toBe(2);
    expect(await judge(text)).toBe(text);
  });

  it.each([120, 121])('a function signature of %i characters', async (total) => {
    const name = padded('export function ', '(client: TopClient, request: R = {}, options?: CallOptions): Promise<X> {', total).slice('export function '.length).split('(')[0]!;
    const statements: StatementStructures[] = [
      {
        kind: Kind.Function,
        isExported: true,
        name,
        docs: ['Line one.\n\n@param client - The client.'],
        parameters: [
          { kind: Kind.Parameter, name: 'client', type: 'TopClient' },
          { kind: Kind.Parameter, name: 'request', type: 'R', initializer: '{}' },
          { kind: Kind.Parameter, name: 'options', type: 'CallOptions', hasQuestionToken: true },
        ],
        returnType: 'Promise<X>',
        statements: ['return client.call<X>(\n  {\n    method: \'a.b\',\n  },\n  options,\n);'],
      },
    ];
    const text = printStatements(statements);
    expect(await judge(text)).toBe(text);
    expect(text).toContain(total <= 120 ? `${name}(client: TopClient` : `${name}(\n  client: TopClient,\n`);
  });

  it('prints interfaces, docs, exports, type aliases, consts and classes as prettier does', async () => {
    const statements: StatementStructures[] = [
      importOf(['A']),
      importOf(['B']),
      {
        kind: Kind.Interface,
        name: 'R',
        isExported: true,
        docs: ['One line.'],
        properties: [
          { kind: Kind.PropertySignature, name: 'a', type: 'string', docs: ['Two\n\nlines  '] },
          { kind: Kind.PropertySignature, name: "'x-y'", type: '(string | Record<string, unknown>)[]', hasQuestionToken: true },
        ],
      },
      { kind: Kind.Interface, name: 'Empty', isExported: true },
      { kind: Kind.TypeAlias, name: 'M', isExported: true, type: "{\n  'a.b': { request: A; response: B };\n}" },
      { kind: Kind.VariableStatement, declarationKind: 'const' as never, declarations: [{ kind: Kind.VariableDeclaration, name: 'S', initializer: "{\n  a: ['String'],\n} as const" }] },
      { kind: Kind.Class, name: 'C', isExported: true, extends: 'Base<M>', docs: ['A class.'] },
      { kind: Kind.ExportDeclaration, moduleSpecifier: './m.js', namedExports: [{ kind: Kind.ExportSpecifier, name: 'B', isTypeOnly: true }, { kind: Kind.ExportSpecifier, name: 'f' }] },
      { kind: Kind.ExportDeclaration, moduleSpecifier: './n.js', isTypeOnly: true, namedExports: ['Q'] },
    ];
    const text = printStatements(statements);
    expect(await judge(text)).toBe(text);
    expect(text).toBe(
      [
        "import type { A } from './m.js';",
        "import type { B } from './m.js';",
        '',
        '/** One line. */',
        'export interface R {',
        '  /**',
        '   * Two',
        '   *',
        '   * lines',
        '   */',
        '  a: string;',
        "  'x-y'?: (string | Record<string, unknown>)[];",
        '}',
        '',
        'export interface Empty {}',
        '',
        'export type M = {',
        "  'a.b': { request: A; response: B };",
        '};',
        '',
        'const S = {',
        "  a: ['String'],",
        '} as const;',
        '',
        '/** A class. */',
        'export class C extends Base<M> {}',
        '',
        "export { type B, f } from './m.js';",
        "export type { Q } from './n.js';",
        '',
      ].join('\n'),
    );
  });

  it('throws on a member it would not print, rather than drop it', () => {
    expect(() => printStatements([{ kind: Kind.Interface, name: 'I', extends: ['Base'] }])).toThrow(/member "extends" is not supported/);
    expect(() => printStatements([{ kind: StructureKind.Enum, name: 'E' }])).toThrow(/kind .* is not supported/);
    expect(() => printStatements([{ kind: Kind.Function, name: 'f', statements: [(w) => w.write('x')] }])).toThrow(/must be given as text/);
  });
});

describe('stringLiteral', () => {
  it.each([["it's", `"it's"`], ['say "hi"', `'say "hi"'`], [`'"'`, `"'\\"'"`], ['a\\b\nc\u2028', "'a\\\\b\\nc\\u2028'"], ['', "''"]])('%j → %s, as prettier writes it', async (text, want) => {
    expect(stringLiteral(text)).toBe(want);
    const statement = `const s = ${want};\n`;
    expect(await judge(statement)).toBe(statement);
  });
});

describe('width and needsPrettier', () => {
  it('counts full-width characters as two columns', () => {
    expect(width('ab')).toBe(2);
    expect(width('留言')).toBe(4);
    expect(fits('留'.repeat(60))).toBe(true);
    expect(fits('留'.repeat(61))).toBe(false);
  });

  it('sends a module with a code line wider than the print width to prettier, but not one with a long comment', () => {
    expect(needsPrettier(`/** ${'x'.repeat(200)} */\nconst a = 1;\n`)).toBe(false);
    expect(needsPrettier(`/**\n * ${'留'.repeat(100)}\n */\n`)).toBe(false);
    expect(needsPrettier(`interface I {\n  ${'k'.repeat(130)}: string;\n}\n`)).toBe(true);
  });
});
