// The parse stage as `generate` runs it: content detection, categories from catelog.json, and the merge of a page with its JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../generator/parse/index.js';
import type { InputFile } from '../../generator/parse/index.js';

const ROOT = join(import.meta.dirname, '../..');
const file = (path: string, explicit = false): InputFile => ({ path, bytes: readFileSync(join(ROOT, path)), ...(explicit ? { explicit } : {}) });
const text = (path: string, body: string, explicit = true): InputFile => ({ path, bytes: new TextEncoder().encode(body), explicit });

describe('parseInputs', () => {
  it('merges a copied page with its doc-site JSON: JSON tree and category, page examples', () => {
    const { specs, diagnostics, failed } = parseInputs([
      file('pages/toplib/exchange/catelog.json'),
      file('pages/toplib/exchange/tmall_exchange_message_add.json'),
      file('pages/seeds/003_a8cd2ce1bec7c9ae.txt'),
    ]);
    expect(failed).toEqual([]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(specs).toHaveLength(1);
    const spec = specs[0]!;
    expect(spec.category).toEqual({ pkg: 'exchange', name: '换货API', id: 20952 });
    expect(spec.docId).toBe(31200);
    expect(spec.sources).toEqual(['pages/seeds/003_a8cd2ce1bec7c9ae.txt', 'pages/toplib/exchange/tmall_exchange_message_add.json']);
    expect(spec.request.map((p) => [p.name, p.example])).toEqual([
      ['content', '双击评论666'],
      ['dispute_id', '23211213'],
      ['message_pics', 'a.jpg'],
      ['fields', 'id,refund_id,owner_id,owner_nick,content,pic_urls,created,message_type'],
    ]);
    const results = spec.response[0]?.children?.find((c) => c.name === 'results');
    expect(results?.children?.find((c) => c.name === 'pic_urls')?.children?.[0]).toMatchObject({ name: 'url', type: 'String', example: 'http://assets.jc258.cn/assets/pictures/2017/7/55525/original_QQ_20170716093211.png' });
  });

  it('a page also gives the merged spec its 默认值 (the doc-site JSON has none)', () => {
    const page = readFileSync(join(ROOT, 'pages/seeds/003_a8cd2ce1bec7c9ae.txt'), 'utf8').replace('  • 最大列表长度:20\n', '  • 最大列表长度:20\n  • 默认值:id\n');
    const { specs } = parseInputs([file('pages/toplib/exchange/tmall_exchange_message_add.json'), text('pages/seeds/003.txt', page)]);
    expect(specs[0]?.request.map((p) => [p.name, p.default])).toEqual([
      ['content', undefined],
      ['dispute_id', undefined],
      ['message_pics', undefined],
      ['fields', 'id'],
    ]);
  });

  it('two copies of a page: the one whose samples gave its tree is the base, whatever the order of paths', () => {
    const page = readFileSync(join(ROOT, 'pages/seeds/001_b66b54eaae78ef96.txt'), 'utf8');
    const noJava = page.slice(0, page.indexOf('TaobaoClient client')) + page.slice(page.indexOf('System.out.println(rsp.getBody());') + 35);
    const withJava = parseInputs([text('pages/b.txt', page)]).specs[0]!;
    const { specs, diagnostics } = parseInputs([text('pages/a.txt', noJava), text('pages/b.txt', page)]);
    expect(diagnostics.filter((d) => d.code === 'TOP014').map((d) => d.file)).toEqual(['pages/a.txt']);
    expect(specs[0]!.request).toEqual(withJava.request);
    expect(specs[0]!.sources).toEqual(['pages/a.txt', 'pages/b.txt']);
  });

  it('gives every seed page a spec, sorted by method', () => {
    const { specs, failed } = parseInputs(['000_b0424229277e58b7', '001_b66b54eaae78ef96', '002_1a904f78e912d50a', '003_a8cd2ce1bec7c9ae'].map((s) => file(`pages/seeds/${s}.txt`)));
    expect(failed).toEqual([]);
    expect(specs.map((s) => s.api)).toEqual(['alibaba.wdk.reverse.creatrefund', 'alibaba.wdk.trade.refund.inform', 'taobao.rdc.aligenius.identification.case.update', 'tmall.exchange.message.add']);
  });

  it.each([
    ['a binary file', { path: 'x.bin', bytes: new Uint8Array([0x89, 0x50, 0, 0, 1]), explicit: true }, 'TOP110', 'error', /binary file/],
    ['an empty file named by the user', text('x.txt', ''), 'TOP111', 'error', /empty file/],
    ['an empty file found in a folder', text('x.txt', '', false), 'TOP111', 'warning', /empty file/],
    ['a file that is no doc page', text('notes.md', '# hello\n'), 'TOP112', 'error', /not a TOP doc page/],
    ['a saved HTML page with no text', text('p.html', '<html><body></body></html>'), 'TOP052', 'error', /./],
  ] as const)('reports %s by file and line, and goes on with the others', (_, input, code, severity, message) => {
    const { specs, diagnostics } = parseInputs([input, file('pages/seeds/002_1a904f78e912d50a.txt')]);
    expect(specs.map((s) => s.api)).toEqual(['alibaba.wdk.trade.refund.inform']);
    expect(diagnostics).toEqual([{ code, severity, message: expect.stringMatching(message), file: input.path, line: severity === 'error' ? 1 : 0 }]);
  });
});

describe('diagnostics of the parse stage', () => {
  it('TOP120: a page whose tree differs from the JSON of the same API is a warning; the JSON tree is kept', () => {
    const page = readFileSync(join(ROOT, 'pages/seeds/002_1a904f78e912d50a.txt'), 'utf8').replace(/^  • └ shop_id$/m, '  • └ shop_code').replace('obj1.setShopId(', 'obj1.setShopCode(');
    const { specs, diagnostics } = parseInputs([file('pages/toplib/trade/alibaba_wdk_trade_refund_inform.json'), text('p.txt', page, false)]);
    expect(specs[0]?.request[0]?.children?.[0]?.name).toBe('shop_id');
    expect(diagnostics.filter((d) => d.code === 'TOP120')).toEqual([
      {
        code: 'TOP120',
        severity: 'warning',
        message: "alibaba.wdk.trade.refund.inform: this page's tree differs from pages/toplib/trade/alibaba_wdk_trade_refund_inform.json at request.inform_refund_success_request.shop_id; the doc-site JSON is kept",
        file: 'p.txt',
        line: 0,
        api: 'alibaba.wdk.trade.refund.inform',
        path: 'request.inform_refund_success_request.shop_id',
      },
    ]);
  });

  it('TOP104: a field the spec cannot carry is named, with its line', () => {
    const json = '{\n"name": "a.b",\n"apiChineseName": "x",\n"description": "",\n"responseParams": [\n{"name": "r", "type": "String", "enum": ["A"]}\n]\n}';
    const { diagnostics } = parseInputs([text('x.json', json)]);
    expect(diagnostics).toEqual([{ code: 'TOP104', severity: 'warning', message: 'unknown param field "enum" is not carried into the spec', file: 'x.json', line: 6, api: 'a.b', path: 'response.r' }]);
  });
});
