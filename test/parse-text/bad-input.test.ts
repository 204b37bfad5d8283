import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../generator/diagnostics.js';
import { isCopiedText, parseCopiedText, TEXT_CODES } from '../../generator/parse/text/index.js';

const seed = (n: string) => readFileSync(`pages/seeds/${n}`, 'utf8');
const S000 = '000_b0424229277e58b7.txt';
const S001 = '001_b66b54eaae78ef96.txt';
const S002 = '002_1a904f78e912d50a.txt';

/** Replaces line `no` (1-based) of `text`. */
const setLine = (text: string, no: number, line: string) => text.split('\n').map((l, i) => (i === no - 1 ? line : l)).join('\n');
const lineOf = (text: string, no: number) => text.split('\n')[no - 1];
const only = (ds: Diagnostic[], code: string) => ds.filter((d) => d.code === code);

describe('bad input', () => {
  it('empty file: TOP001, no spec', () => {
    for (const text of ['', '\n\n  \r\n']) {
      const r = parseCopiedText({ text, file: 'empty.txt' });
      expect(r.spec).toBeUndefined();
      expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.empty, severity: 'error', file: 'empty.txt', line: 1 }]);
    }
    expect(isCopiedText('')).toBe(false);
  });

  it('binary file: TOP002, no spec', () => {
    const bytes = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256));
    const text = bytes.toString('utf8');
    const r = parseCopiedText({ text, file: 'x.bin' });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ code: TEXT_CODES.binary, severity: 'error', file: 'x.bin' });
    expect(r.diagnostics[0]!.line).toBeGreaterThanOrEqual(1);
    expect(isCopiedText(text)).toBe(false);
  });

  it('not a doc page: TOP003 at the first line', () => {
    const r = parseCopiedText({ text: '\nhello world\n请求参数\n', file: 'n.txt' });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.noTitle, line: 2 }]);
  });

  it('page cut in half (before 响应参数): TOP004 at the last line, no spec', () => {
    const lines = seed(S001).split('\n');
    const cut = lines.indexOf('响应参数') - 1;
    const half = lines.slice(0, cut).join('\n');
    expect(half).not.toContain('响应参数');
    const r = parseCopiedText({ text: half, file: S001 });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.missingSection, severity: 'error', file: S001, line: cut }]);
  });

  it('page cut inside the 响应参数 table: TOP006, no spec', () => {
    const text = seed(S001).split('\n').slice(0, 100).join('\n');
    const r = parseCopiedText({ text, file: S001 });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.truncatedTable, severity: 'error', line: 100 }]);
  });

  it('any cut of a seed: never throws, never a spec with errors', () => {
    const texts = [S000, S001, S002].map(seed);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.nat(), (k, at) => {
        const text = texts[k]!;
        const r = parseCopiedText({ text: text.slice(0, at % (text.length + 1)), file: 'cut.txt' });
        expect(r.spec === undefined).toBe(hasErrors(r.diagnostics));
        for (const d of r.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('Java sample names an unknown setter: TOP010 at the setter line', () => {
    const text = setLine(seed(S001), 151, 'obj2.setFooBar(6L);');
    const r = parseCopiedText({ text, file: S001 });
    expect(r.spec).toBeDefined();
    const d = only(r.diagnostics, TEXT_CODES.unknownSetter);
    expect(d).toMatchObject([{ severity: 'warning', file: S001, line: 151, message: 'setter setFooBar has no matching parameter' }]);
    expect(formatDiagnostic(d[0]!)).toContain(`${S001}:151 warning TOP010 setter setFooBar has no matching parameter`);
    // The param the sample no longer sets is reported where the bullets have it.
    expect(only(r.diagnostics, TEXT_CODES.notInSample)).toMatchObject([{ line: 37, message: 'parameter operator_type is not where the Java sample puts its object\'s fields' }]);
    expect(lineOf(text, 37)).toBe('  • └ operator_type');
    // The tree is still the bullets' (operator_type stays under operator).
    const op = r.spec!.request[0]!.children!.find((p) => p.name === 'operator')!;
    expect(op.children!.map((p) => p.name)).toEqual(['operator_id', 'operator_name', 'operator_type']);
  });

  it('duplicated param: TOP009 at the second one', () => {
    const lines = seed(S000).split('\n');
    const dup = [...lines.slice(0, 42), ...lines.slice(37, 42), ...lines.slice(42)].join('\n');
    expect(lineOf(dup, 43)).toBe('  • └ refund_id');
    const r = parseCopiedText({ text: dup, file: S000 });
    expect(only(r.diagnostics, TEXT_CODES.duplicateParam)).toMatchObject([{ severity: 'warning', file: S000, line: 43, message: 'parameter refund_id appears twice under the same parent' }]);
  });

  it('Java sample disagrees with the bullets: setter on another object (TOP010 + TOP012), value (TOP013)', () => {
    let text = setLine(seed(S001), 154, 'obj2.setReasonId(1001L);');
    text = setLine(text, 155, 'obj1.setReasonText("很喜欢");');
    const r = parseCopiedText({ text, file: S001 });
    expect(r.spec).toBeDefined();
    expect(only(r.diagnostics, TEXT_CODES.unknownSetter)).toMatchObject([{ line: 154, message: 'setter setReasonId has no matching parameter' }]);
    expect(only(r.diagnostics, TEXT_CODES.notInSample)).toMatchObject([{ line: lineNo(text, '  • └ reason_id') }]);
    expect(only(r.diagnostics, TEXT_CODES.valueMismatch)).toMatchObject([{ line: 155, path: 'request.param_create_reverse_req.reason_text', message: 'sample value "很喜欢" differs from the 示例值 cell "不喜欢"' }]);
  });

  it('XML sample disagrees with the bullets: TOP011 and TOP012', () => {
    const text = setLine(seed(S002), 119, '        <succeeded>true</succeeded>');
    const r = parseCopiedText({ text, file: S002 });
    expect(r.spec).toBeDefined();
    expect(only(r.diagnostics, TEXT_CODES.unknownElement)).toMatchObject([{ file: S002, line: 119, message: 'element <succeeded> has no matching parameter' }]);
    expect(only(r.diagnostics, TEXT_CODES.notInSample)).toMatchObject([{ line: lineNo(text, '  • └ success') }]);
  });

  it('nesting that no sample settles: TOP014 at the row whose objects were placed by guess', () => {
    const page = seed(S001);
    const noJava = page.slice(0, page.indexOf('TaobaoClient client')) + page.slice(page.indexOf('System.out.println(rsp.getBody());') + 35);
    const r = parseCopiedText({ text: noJava, file: S001 });
    expect(r.spec).toBeDefined();
    expect(only(r.diagnostics, TEXT_CODES.guessedNesting)).toEqual([
      {
        code: 'TOP014',
        severity: 'warning',
        message: 'no Java sample places the params under "param_create_reverse_req": where its nested objects end is guessed',
        file: S001,
        line: 12,
        frame: 'param_create_reverse_req CreateReverseReq 可选 CreateReverseReq',
        api: 'alibaba.wdk.reverse.creatrefund',
      },
    ]);
    // With the sample, and where every nested param is a leaf (seed 000's), nothing was guessed.
    expect(only(parseCopiedText({ text: page, file: S001 }).diagnostics, TEXT_CODES.guessedNesting)).toEqual([]);
    const s000 = seed(S000);
    const s000NoJava = s000.slice(0, s000.indexOf('TaobaoClient client')) + s000.slice(s000.indexOf('System.out.println(rsp.getBody());') + 35);
    expect(only(parseCopiedText({ text: s000NoJava, file: S000 }).diagnostics, TEXT_CODES.guessedNesting)).toEqual([]);
  });

  it('bullets that cannot be split into params: TOP008, no spec', () => {
    const text = setLine(seed(S000), 54, '  • ');
    const r = parseCopiedText({ text, file: S000 });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.badBullets, severity: 'error', file: S000, line: 53 }]);
  });

  it('a row without 必须/可选: TOP007, no spec', () => {
    const text = setLine(seed(S002), 10, 'inform_refund_success_request InformRefundSuccessRequest 通知退款成功请求');
    const r = parseCopiedText({ text, file: S002 });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.badRow, severity: 'error', line: 10 }]);
  });

  it('a table without its header: TOP005, no spec', () => {
    const text = setLine(seed(S002), 9, '名字 类别');
    const r = parseCopiedText({ text, file: S002 });
    expect(r.spec).toBeUndefined();
    expect(r.diagnostics).toMatchObject([{ code: TEXT_CODES.badTable, severity: 'error', line: 9 }]);
  });
});

function lineNo(text: string, line: string): number {
  return text.split('\n').indexOf(line) + 1;
}
