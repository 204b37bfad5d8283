// Each seed API called through its generated function against the local gateway: the gateway checks the signature
// and the exact wire encoding of every param, answers with the seed page's own response sample, and the typed
// result is asserted (including a 19-digit id).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseInputs } from '../../generator/parse/index.js';
import { specPath } from '../../generator/spec/path.js';
import type { ApiSpec, ParamSpec } from '../../generator/spec/types.js';
import { generatePackage, runtimeFromDir } from '../../generator/emit/pipeline.js';
import { loadPrettierConfig } from '../../generator/write/format-files.js';
import { parseXml, type XmlElement } from '../../runtime/src/xml.js';
import { createMockGateway, type MockGateway, type MockRequest } from '../../runtime/src/index.js';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'test/tmp/e2e-sdk');
const SEEDS: Record<string, { page: string; json: string }> = {
  'taobao.rdc.aligenius.identification.case.update': { page: 'pages/seeds/000_b0424229277e58b7.txt', json: 'pages/toplib/refund/taobao_rdc_aligenius_identification_case_update.json' },
  'alibaba.wdk.reverse.creatrefund': { page: 'pages/seeds/001_b66b54eaae78ef96.txt', json: 'pages/toplib/wdk/alibaba_wdk_reverse_creatrefund.json' },
  'alibaba.wdk.trade.refund.inform': { page: 'pages/seeds/002_1a904f78e912d50a.txt', json: 'pages/toplib/trade/alibaba_wdk_trade_refund_inform.json' },
  'tmall.exchange.message.add': { page: 'pages/seeds/003_a8cd2ce1bec7c9ae.txt', json: 'pages/toplib/exchange/tmall_exchange_message_add.json' },
};
const BIG_ID = '7104300007405429232';

type Sdk = Record<string, (...args: unknown[]) => Promise<Record<string, unknown>>> & { TopClient: new (o: object) => unknown };
let sdk: Sdk;
let specs: Map<string, ApiSpec>;
let gateway: MockGateway;
let client: unknown;
const seen = new Map<string, MockRequest>();

/** The seed page's XML response sample, with the first `<id>` made a 19-digit id. */
function responseSample(api: string): XmlElement {
  const text = readFileSync(join(ROOT, SEEDS[api]!.page), 'utf8');
  const root = `${api.replace(/^taobao\./, '').replace(/\./g, '_')}_response`;
  const xml = text.slice(text.indexOf(`<${root}>`), text.indexOf(`</${root}>`) + root.length + 3);
  return parseXml(xml.replace(/<id>\d+<\/id>/, `<id>${BIG_ID}</id>`));
}

/** A list sample cell such as `[1506864060698825068]` stands for the list's items. */
const items = (el: XmlElement): string[] => el.children.flatMap((c) => c.text.trim().replace(/^\[(.*)\]$/, '$1').split(','));

/** The sample as TOP's non-simplified JSON: list wrappers `{"results": {"refund_message": [...]}}`, int64 as bare digits. */
function topJson(el: XmlElement, params: readonly ParamSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const child of el.children) {
    const p = params.find((q) => q.name === child.name);
    if (!p) continue;
    const value = (text: string) => (p.type === 'Number' && /^-?\d+$/.test(text) ? BigInt(text) : p.type === 'Boolean' ? text === 'true' : text);
    if (p.list) {
      const tag = child.children[0]?.name ?? 'item';
      out[p.name] = { [tag]: p.children ? child.children.map((c) => topJson(c, p.children!)) : items(child).map(value) };
    } else out[p.name] = p.children ? topJson(child, p.children) : value(child.text.trim());
  }
  return out;
}

/** What the typed result must be: lists plain, Number as exact decimal text (the default Int64). */
function typed(el: XmlElement, params: readonly ParamSpec[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const child of el.children) {
    const p = params.find((q) => q.name === child.name);
    if (!p) continue;
    const value = (text: string) => (p.type === 'Boolean' ? text === 'true' : text);
    if (p.list) out[p.name] = p.children ? child.children.map((c) => typed(c, p.children!)) : items(child).map(value);
    else out[p.name] = p.children ? typed(child, p.children) : value(child.text.trim());
  }
  return out;
}

beforeAll(async () => {
  const files = Object.values(SEEDS).flatMap(({ page, json }) => [page, json, json.replace(/[^/]+$/, 'catelog.json')]);
  const parsed = parseInputs(files.map((path) => ({ path, bytes: readFileSync(join(ROOT, path)) })));
  expect(parsed.failed).toEqual([]);
  specs = new Map(parsed.specs.map((s) => [s.api, s]));
  await generatePackage({
    specs: parsed.specs.map((spec) => ({ spec, file: `specs/${specPath(spec)}` })),
    outDir: OUT,
    options: {},
    runtime: runtimeFromDir(join(ROOT, 'runtime/src')),
    prettier: await loadPrettierConfig(join(ROOT, '.prettierrc.json')),
  });
  sdk = (await import(pathToFileURL(join(OUT, 'src/index.ts')).href)) as Sdk;
  const handlers = Object.fromEntries(
    Object.keys(SEEDS).map((api) => [
      api,
      (req: MockRequest) => {
        seen.set(api, req);
        return topJson(responseSample(api), specs.get(api)!.response);
      },
    ]),
  );
  gateway = await createMockGateway({ appKey: '12345678', appSecret: 'helloworld', handlers });
  client = new sdk.TopClient({ appKey: '12345678', appSecret: 'helloworld', gateway: gateway.url, retries: 0 });
});

afterAll(async () => {
  await gateway?.close();
});

describe('seed APIs through their generated functions', () => {
  it('tmall.exchange.message.add: multipart with the file, comma list, exact text', async () => {
    const data = new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x0a]);
    const result = await sdk.tmallExchangeMessageAdd!(
      client,
      { content: '双击评论666\n第二行', dispute_id: 23211213, message_pics: { name: 'a.jpg', data, type: 'image/jpeg' }, fields: ['id', 'refund_id', 'pic_urls'] },
      { session: 'session-key-1' },
    );
    const req = seen.get('tmall.exchange.message.add')!;
    expect(req.contentType).toMatch(/^multipart\/form-data/);
    expect(req.session).toBe('session-key-1');
    expect(req.params).toMatchObject({ content: '双击评论666\n第二行', dispute_id: '23211213', fields: 'id,refund_id,pic_urls' });
    expect(req.params).not.toHaveProperty('message_pics');
    expect(req.files.message_pics).toMatchObject({ filename: 'a.jpg', contentType: 'image/jpeg' });
    expect([...(req.files.message_pics as { data: Uint8Array }).data]).toEqual([...data]);
    expect(result).toEqual(typed(responseSample('tmall.exchange.message.add'), specs.get('tmall.exchange.message.add')!.response));
    const first = (result.result as { results: { id: string; pic_urls: { url: string }[] }[] }).results[0]!;
    expect(first.id).toBe(BIG_ID);
    expect(first.pic_urls[0]!.url).toMatch(/^http:\/\/assets/);
  });

  it('taobao.rdc.aligenius.identification.case.update: nested object as compact JSON text', async () => {
    const result = await sdk.taobaoRdcAligeniusIdentificationCaseUpdate!(
      client,
      { param: { detail_order_id: '194467217119131', occur_time: 1571121255, operate_type: 1, operate_tips: '创建鉴定工单', outer_case_id: '1', refund_id: 147822831913191n, ext_attrs: '{"key":"value"}' } },
      { session: 's' },
    );
    const req = seen.get('taobao.rdc.aligenius.identification.case.update')!;
    expect(req.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(req.params.param).toBe('{"detail_order_id":194467217119131,"occur_time":1571121255,"operate_type":1,"operate_tips":"创建鉴定工单","outer_case_id":"1","refund_id":147822831913191,"ext_attrs":"{\\"key\\":\\"value\\"}"}');
    expect(result).toEqual(typed(responseSample('taobao.rdc.aligenius.identification.case.update'), specs.get('taobao.rdc.aligenius.identification.case.update')!.response));
    expect(result).toMatchObject({ result: { success: true, result_data: { consume_status: 'SUCCESS' } } });
  });

  it('alibaba.wdk.reverse.creatrefund: object with a nested object, an object list and int64 lists', async () => {
    const result = await sdk.alibabaWdkReverseCreatrefund!(client, {
      param_create_reverse_req: {
        biz_order_ids: ['5000399193546580981'],
        operator: { operator_type: 6, operator_name: '门店小二' },
        reason_id: 1001,
        reason_text: '不喜欢',
        refund_amount: 30,
        refund_channel_list: [{ amount: 20, code: '10001', name: '支付宝' }],
        request_id: 'bdab6446-f0cf-4327-9ae3-fd69ac4d',
        store_id: '2131',
      },
    });
    const req = seen.get('alibaba.wdk.reverse.creatrefund')!;
    expect(req.params.param_create_reverse_req).toBe(
      '{"biz_order_ids":[5000399193546580981],"operator":{"operator_type":6,"operator_name":"门店小二"},"reason_id":1001,"reason_text":"不喜欢","refund_amount":30,"refund_channel_list":[{"amount":20,"code":"10001","name":"支付宝"}],"request_id":"bdab6446-f0cf-4327-9ae3-fd69ac4d","store_id":"2131"}',
    );
    expect(result).toEqual(typed(responseSample('alibaba.wdk.reverse.creatrefund'), specs.get('alibaba.wdk.reverse.creatrefund')!.response));
    expect(result).toMatchObject({ result: { model: { reverse_ids: ['1000002329950431000'], out_biz_order_ids: ['1506864060698825068'] }, success: false } });
  });

  it('alibaba.wdk.trade.refund.inform: object holding an object list', async () => {
    const result = await sdk.alibabaWdkTradeRefundInform!(client, {
      inform_refund_success_request: { shop_id: '12200', refund_fulfill_sub_orders: [{ sub_biz_order_id: '11223', refund_goods_id: '3333', actual_refund_quantity: '2', refund_amount: '122', refund_type: 1 }] },
    });
    const req = seen.get('alibaba.wdk.trade.refund.inform')!;
    expect(req.params.inform_refund_success_request).toBe('{"shop_id":"12200","refund_fulfill_sub_orders":[{"sub_biz_order_id":"11223","refund_goods_id":"3333","actual_refund_quantity":"2","refund_amount":"122","refund_type":1}]}');
    expect(result).toEqual({ result: { success: true, error_code: 'ILLEGAL_PARAMETERS', error_msg: '参数不合法' } });
  });
});
