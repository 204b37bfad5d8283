// Bounded fuzzing of model + emit over hostile specs: never throws, and every emitted .ts file parses without
// syntax errors (no description, example or name escapes its comment, string or property position); and the printer's
// output is exactly what prettier makes of it.
import { join } from 'node:path';
import fc from 'fast-check';
import { ts } from 'ts-morph';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { emitPackage, type OutputFile } from '../../generator/emit/emit-package.js';
import { runtimeFromDir } from '../../generator/emit/pipeline.js';
import { buildModel } from '../../generator/model/build-model.js';
import { loadPrettierConfig } from '../../generator/write/format-files.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';

const ROOT = join(import.meta.dirname, '../..');
const RUNTIME = runtimeFromDir(join(ROOT, 'runtime/src'));

const PIECES = ['*/', '/*', '/**', '${', '`', '\u2028', '\u2029', '\ud800', '\udfff', '@param', '<b>', '</p>', '&#8232;', '&lt;', '\\', '\r\n', '\n', '"', "'", '😀', ' ', '\0', '\u0085', '\ufeff', '}', '{'];
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer({ min: 1_000, max: 20_000 }).map((n) => `${'*/'.repeat(3)}${'x'.repeat(n)}`),
);

const NAMES = ['id', 'class', 'default', 'delete', 'new', 'function', 'await', 'yield', 'enum', 'this', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '123abc', '0', 'a.b', 'x-y', 'a b', '', ' ', '$', '_', 'request', 'response', 'Int64', 'client', 'a\u2028b', "it's", 'q"q', 'é', '😀'];
const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: hostileText });
const SCALARS = ['String', 'Number', 'Boolean', 'Date', 'Price', 'byte[]', 'Stirng', 'Field List', 'null', '', 'Json'];
const pascal = fc.stringMatching(/^[A-Z][A-Za-z0-9_]{0,10}$/);
const type = fc.oneof(fc.constantFrom(...SCALARS), pascal, fc.constantFrom('Object', 'Result', 'Constructor', '__proto__', 'Promise', 'Array'), hostileText);

const param: fc.Memo<ParamSpec> = fc.memo((depth) =>
  fc.record(
    {
      name,
      type,
      list: fc.constant(true as const),
      required: fc.boolean(),
      example: hostileText,
      description: hostileText,
      constraints: fc.record({ maxLength: fc.integer(), maxListSize: fc.nat(), maxValue: fc.double(), minValue: fc.integer() }, { requiredKeys: [] }),
      ...(depth > 1 ? { children: fc.array(param(depth - 1), { maxLength: 3 }) } : {}),
    },
    { requiredKeys: ['name', 'type', 'description'] },
  ),
);

/** A param list, sometimes with a duplicate name. */
const params = (depth: number) =>
  fc.tuple(fc.array(param(depth), { maxLength: 4 }), fc.boolean()).map(([ps, dup]) => (dup && ps[0] ? [...ps, { ...ps[0] }] : ps));

const METHODS = ['taobao.a.b', 'taobao.a.b', 'tmall.exchange.message.add', 'taobao.class.default', 'x', '123.456', 'taobao.__proto__.constructor', 'a-b.c_d'];
const spec: fc.Arbitrary<ApiSpec> = fc.record(
  {
    api: fc.oneof(fc.constantFrom(...METHODS), hostileText),
    title: hostileText,
    description: hostileText,
    request: params(6),
    response: params(6),
    category: fc.record({ pkg: fc.oneof(fc.constantFrom('trade', 'a-b', '__proto__', 'constructor'), hostileText), name: hostileText, id: fc.integer() }),
  },
  { requiredKeys: ['api', 'title', 'description', 'request', 'response'] },
);

function syntaxErrors(files: readonly OutputFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    if (!f.path.endsWith('.ts')) continue;
    const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    for (const d of (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics) {
      out.push(`${f.path}:${d.start ?? 0}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
  }
  return out;
}

function check(specs: readonly ApiSpec[]): void {
  const { model } = buildModel(specs.map((s, i) => ({ spec: s, file: `specs/f${i}.yaml` })));
  const files = emitPackage(model, { runtime: RUNTIME });
  expect(syntaxErrors(files)).toEqual([]);
}

describe('fuzz: model + emit', () => {
  // Regression: a doc type named like an Object.prototype key (`__proto__`, `constructor`) was read as a scalar alias.
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('type %s is not a scalar alias', (t) => {
    const leaf = (side: 'request' | 'response'): ParamSpec => ({ name: t, type: t, description: '', ...(side === 'request' ? { required: true } : {}) });
    expect(() => check([{ api: 'taobao.proto.type', title: '', description: '', request: [leaf('request')], response: [leaf('response')] }])).not.toThrow();
  });

  it('hostile specs never throw and every emitted .ts file parses', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 3 }), (specs) => check(specs)),
      { numRuns: 100, seed: 20261123, interruptAfterTimeLimit: 10_000 },
    );
  }, 60_000);

  it('every printed module is a fixed point of prettier', async () => {
    const config = await loadPrettierConfig(join(ROOT, '.prettierrc.json'));
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 2 }), async (specs) => {
        const { model } = buildModel(specs.map((s, i) => ({ spec: s, file: `specs/f${i}.yaml` })));
        for (const f of emitPackage(model, { runtime: RUNTIME })) {
          if (!f.path.endsWith('.ts') || f.formatWith) continue;
          expect(await prettier.format(f.text, { ...config, parser: 'typescript', filepath: f.path }), f.path).toBe(f.text);
        }
      }),
      { numRuns: 60, seed: 20261123, interruptAfterTimeLimit: 30_000 },
    );
  }, 90_000);
});
