/**
 * Nesting without samples (`tree.ts`): bullets show no depth, so where a nested object ends is guessed. Each case is a
 * small response table written out as a copied page shows it; TOP014 says the guess was made.
 */
import { describe, expect, it } from 'vitest';
import { parseCopiedText, TEXT_CODES } from '../../generator/parse/text/index.js';
import type { ParamSpec } from '../../generator/spec/types.js';

/** A page whose response is one top-level `row` with the nested params `cells` (one array of bullets each). */
function page(row: string, cells: readonly (readonly string[])[]): string {
  const bullets = cells.flatMap((c) => c.map((cell) => `  • ${cell}`));
  return ['x.guess.get (猜)', '请求参数', '名称 类型 是否必须 示例值 更多限制 描述', '响应参数', '名称 类型 示例值 描述', row, ...bullets, '请求示例', '响应示例'].join('\n');
}

/** Parses `text`: no errors, one TOP014; the top-level response param. */
function parseTop(text: string): ParamSpec {
  const r = parseCopiedText({ text, file: 'guess.txt' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.code === TEXT_CODES.guessedNesting)).toHaveLength(1);
  expect(r.diagnostics.filter((d) => d.code === TEXT_CODES.duplicateParam)).toEqual([]);
  return r.spec!.response[0]!;
}

const shape = (p: ParamSpec) => p.children!.map((c) => [c.name, c.children?.map((g) => g.name)]);

describe('nesting guessed without samples', () => {
  it('an object of the type of an object it would fall inside follows that object instead', () => {
    const top = parseTop(
      page('data ChannelItemVO 数据', [
        ['list_image_infos', 'ItemImageVO []', '列表展示'],
        ['└ media_type', 'String', 'IMAGE', '媒体类型'],
        ['detail_head_infos', 'ItemImageVO []', '头部展示'],
        ['└ url', 'String', '地址'],
      ]),
    );
    expect(shape(top)).toEqual([
      ['list_image_infos', ['media_type']],
      ['detail_head_infos', ['url']],
    ]);
  });

  it('a result wrapper keeps its own fields (success, error_code) after a nested list, which they close', () => {
    const top = parseTop(
      page('result ResultDTO 结果', [
        ['data', 'ItemDTO []', '数据'],
        ['└ item_id', 'Number', '1', '商品id'],
        ['└ success', 'Boolean', 'true', '是否成功'],
        ['└ error_code', 'String', '错误码'],
      ]),
    );
    expect(shape(top)).toEqual([
      ['data', ['item_id']],
      ['success', undefined],
      ['error_code', undefined],
    ]);
  });

  it('a list item keeps a wrapper-named field that its enclosing object already has', () => {
    const top = parseTop(
      page('orders OrderDTO [] 订单', [
        ['└ error_code', 'String', '0', '错误码'],
        ['shipments', 'ShipmentDTO []', '发货'],
        ['└ logistics_no', 'String', 'LT1', '运单号'],
        ['└ error_code', 'String', '0', '错误码'],
      ]),
    );
    expect(shape(top)).toEqual([
      ['error_code', undefined],
      ['shipments', ['logistics_no', 'error_code']],
    ]);
  });

  it('a name its object already has closes the object (the rule every guess starts from)', () => {
    const top = parseTop(
      page('result ResultDTO 结果', [
        ['item', 'ItemDTO', '商品'],
        ['└ id', 'Number', '1', 'id'],
        ['└ title', 'String', 't', '标题'],
        ['└ id', 'Number', '2', '结果id'],
      ]),
    );
    expect(shape(top)).toEqual([
      ['item', ['id', 'title']],
      ['id', undefined],
    ]);
  });
});
