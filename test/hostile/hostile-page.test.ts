// A made-up doc page whose descriptions try to break out of JSDoc and whose param names are reserved words,
// dotted, dashed and digits-first: parse → generatePackage → tsc --strict, and the emitted API file parses clean.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generatePackage, runtimeFromDir } from '../../generator/emit/pipeline.js';
import { parseInputs } from '../../generator/parse/index.js';
import { loadPrettierConfig } from '../../generator/write/format-files.js';
import { renderCopiedText } from '../helpers/render-text.js';
import { ROOT, tsc, writeTemp } from '../emit/helpers.js';
import { HOSTILE_NAMES, HOSTILE_SPEC, HOSTILE_TEXT } from './hostile-spec.js';

const PAGE = 'test/fixtures/pages/hostile.txt';

/** The fixture as render-text makes it; U+2028 goes through a placeholder since render-text collapses white space. */
function renderPage(): string {
  const s = JSON.parse(JSON.stringify(HOSTILE_SPEC).replace(/\u2028/g, '\ue000'));
  return `${renderCopiedText(s).replace(/\ue000/g, '\u2028')}\n`;
}

describe('hostile page taobao.hostile.page.test', () => {
  const bytes = readFileSync(join(ROOT, PAGE));

  it('is the rendered hostile spec, with every hostile piece in it', () => {
    const text = bytes.toString('utf8');
    expect(text).toBe(renderPage());
    for (const piece of ['*/', '`tick`', '${x}', '<b>html</b>', '\u2028', '😀']) expect(text).toContain(piece);
  });

  it('parses, emits, and type-checks with tsc --strict', async () => {
    const parsed = parseInputs([{ path: PAGE, bytes }]);
    expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(parsed.specs).toHaveLength(1);
    const spec = parsed.specs[0]!;
    expect(spec.api).toBe('taobao.hostile.page.test');
    expect(spec.request.map((p) => p.name)).toEqual([...HOSTILE_NAMES, 'nested']);
    expect(spec.request.at(-1)?.children?.map((p) => p.name)).toEqual([...HOSTILE_NAMES]);
    expect(spec.response.map((p) => p.name)).toEqual([...HOSTILE_NAMES, 'result']);
    expect(spec.response.at(-1)?.children?.map((p) => p.name)).toEqual([...HOSTILE_NAMES, 'inner']);
    expect(spec.response.at(-1)?.children?.at(-1)?.children?.map((p) => p.name)).toEqual([...HOSTILE_NAMES]);
    expect(spec.request[0]?.description).toBe(`class: ${HOSTILE_TEXT}`);

    const outDir = writeTemp('hostile-pkg', []);
    const result = await generatePackage({
      specs: [{ spec, file: 'specs/hostile/taobao.hostile.page.test.yaml' }],
      outDir,
      options: {},
      runtime: runtimeFromDir(join(ROOT, 'runtime/src')),
      prettier: await loadPrettierConfig(join(ROOT, '.prettierrc.json')),
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(tsc(['--strict', '--noEmit', '-p', outDir], ROOT)).toBe('');

    const api = result.files.find((f) => f.path.endsWith('taobao.hostile.page.test.ts'));
    expect(api).toBeDefined();
    const text = api!.text;
    // Reserved words are fine as property names; the others must be quoted.
    for (const name of ['a.b', 'x-y', '123abc']) expect(text).toMatch(new RegExp(`['"]${name.replace('.', '\\.')}['"]\\??:`));
    for (const name of ['class', 'default', 'delete']) expect(text).toMatch(new RegExp(`(^|\\s|['"])${name}['"]?\\??:`, 'm'));

    // No description broke out of its comment: the file parses clean and every hostile text sits inside comments.
    for (const f of result.files.filter((f) => f.path.endsWith('.ts'))) {
      const sf = ts.createSourceFile(f.path, f.text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const diags = (sf as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics;
      expect(diags.map((d) => `${f.path}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)).toEqual([]);
    }
    const sf = ts.createSourceFile('api.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const out = ts.transpileModule(text, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } });
    expect(out.diagnostics ?? []).toEqual([]);
    const code: string[] = [];
    const walk = (n: ts.Node): void => {
      if (n.kind >= ts.SyntaxKind.FirstToken && n.kind <= ts.SyntaxKind.LastToken) code.push(n.getText(sf));
      else n.getChildren(sf).forEach(walk);
    };
    walk(sf);
    const tokens = code.join(' ');
    for (const piece of ['ends', 'tick', '😀', '<b>', 'html']) expect(tokens).not.toContain(piece);
    expect(text).toContain('ends *\\/ here');
  }, 120_000);
});
