import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocJson } from '../../generator/parse/json.js';
import { isCopiedText, parseCopiedText } from '../../generator/parse/text/index.js';
import { writeSpec } from '../../generator/spec/write.js';
import type { ParamSpec } from '../../generator/spec/types.js';
import { cellsOf, treeOf } from '../helpers/render-text.js';

const SEEDS = [
  ['000_b0424229277e58b7.txt', 'refund/taobao_rdc_aligenius_identification_case_update.json'],
  ['001_b66b54eaae78ef96.txt', 'wdk/alibaba_wdk_reverse_creatrefund.json'],
  ['002_1a904f78e912d50a.txt', 'trade/alibaba_wdk_trade_refund_inform.json'],
  ['003_a8cd2ce1bec7c9ae.txt', 'exchange/tmall_exchange_message_add.json'],
] as const;

/** The page shows full-width punctuation as ASCII (`，` → `,`): compare descriptions after NFKC. */
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** 示例值 cells of the seed pages, read off the page text by hand (preorder, request then response). */
const EXAMPLES: Record<string, (string | undefined)[]> = {
  '000_b0424229277e58b7.txt': [undefined, '194467217119131', '1571121255', '1', '创建鉴定工单', '1', '147822831913191', '{"key":"value"}',
    'result', 'resultData', '消息消费成功', '数据消费结果编码', 'SUCCESS', 'true', 'isv.invalid-parameter', '非法的参数'],
  '001_b66b54eaae78ef96.txt': [undefined, '[5000399193546580981]', '22076108', undefined, '123', '门店小二', '6', 'url', '1001', '不喜欢', '30', undefined, '20', '10001', '支付宝', 'bdab6446-f0cf-4327-9ae3-fd69ac4d', '2131',
    'ReverseResult', '"isv.invalid-parameter"', '"参数错误"', 'model', '[1506864060698825068]', '1506864060698825068', 'bdab6446-f0cf-4327-9ae3-fd69ac4d', '[1000002329950431000]', 'CSWZWA013', 'false'],
  '002_1a904f78e912d50a.txt': [undefined, '12200', undefined, '11223', '3333', '22223', '888893922', '2322', '2', '122', '1', '3',
    undefined, 'true', 'ILLEGAL_PARAMETERS', '参数不合法'],
  '003_a8cd2ce1bec7c9ae.txt': ['双击评论666', '23211213', 'a.jpg', 'id,refund_id,owner_id,owner_nick,content,pic_urls,created,message_type',
    undefined, '{}', '10000', '优秀!', undefined, '2132321', '456456456', '23123123', 'kaka', 'youxiu', undefined, 'http://assets.jc258.cn/assets/pictures/2017/7/55525/original_QQ_20170716093211.png', '2000-01-01 00:00:00', '100', 'kaka'],
};

describe('copied page seeds', () => {
  for (const [seed, json] of SEEDS) {
    describe(seed, () => {
      const file = `pages/seeds/${seed}`;
      const text = readFileSync(file, 'utf8');
      const result = parseCopiedText({ text, file });
      const jsonFile = `pages/toplib/${json}`;
      const expected = parseDocJson({ text: readFileSync(jsonFile, 'utf8'), file: jsonFile }).spec;

      it('is detected as copied text', () => {
        expect(isCopiedText(text)).toBe(true);
        expect(isCopiedText(readFileSync(jsonFile, 'utf8'))).toBe(false);
      });

      it('parses without diagnostics', () => {
        expect(result.diagnostics).toEqual([]);
        expect(result.spec).toBeDefined();
      });

      it('has the request/response trees of the corpus JSON', () => {
        expect(treeOf(result.spec!.request)).toEqual(treeOf(expected!.request));
        expect(treeOf(result.spec!.response)).toEqual(treeOf(expected!.response));
        expect(result.spec!.api).toBe(expected!.api);
        expect(result.spec!.title).toBe(expected!.title);
        expect(norm(result.spec!.description)).toBe(norm(expected!.description));
      });

      it('has the descriptions of the corpus JSON', () => {
        const got = [...cellsOf(result.spec!.request), ...cellsOf(result.spec!.response)].map(([p, , d]) => [p, norm(d)]);
        const want = [...cellsOf(expected!.request), ...cellsOf(expected!.response)].map(([p, , d]) => [p, norm(d)]);
        expect(got).toEqual(want);
      });

      it('has the page examples', () => {
        const got = [...cellsOf(result.spec!.request), ...cellsOf(result.spec!.response)].map(([, e]) => e);
        expect(got).toEqual(EXAMPLES[seed]);
      });

      it('writes the golden spec', async () => {
        await expect(writeSpec(result.spec!)).toMatchFileSnapshot(`../golden/specs/${result.spec!.api}.yaml`);
      });

      it('is deterministic', () => {
        const again = parseCopiedText({ text, file });
        expect(writeSpec(again.spec!)).toBe(writeSpec(result.spec!));
        expect(again.diagnostics).toEqual(result.diagnostics);
      });

      it('parses the same with CRLF, NBSP and shifted indentation', () => {
        const mangled = text
          .split('\n')
          .map((l, i) => (i > 20 ? `    ${l}` : l).replace(/^( *)• /, '$1•\u00a0') + '  ')
          .join('\r\n');
        const again = parseCopiedText({ text: mangled, file });
        expect(again.diagnostics).toEqual([]);
        expect(writeSpec(again.spec!)).toBe(writeSpec(result.spec!));
      });
    });
  }

  it('uses full-width punctuation in JSON but ASCII on the page (why descriptions compare after NFKC)', () => {
    const p: ParamSpec = { name: 'x', type: 'String', description: '工单操作类型，1：开启' };
    expect(norm(p.description)).toBe('工单操作类型,1:开启');
  });
});
