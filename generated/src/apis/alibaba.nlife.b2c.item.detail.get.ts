// Generated from specs/nlife/alibaba.nlife.b2c.item.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.nlife.b2c.item.detail.get` (b2c码详情查询). */
export interface AlibabaNlifeB2cItemDetailGetRequest {
  /** 商家入驻门店在零售+平台的ID */
  store_id: string;
  /** 零售+平台生成的唯一码或条码 */
  unique_code: string;
}

/** Response of `alibaba.nlife.b2c.item.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNlifeB2cItemDetailGetResponse {
  /** 商品图片链接(线下商品无) */
  pic_url?: string;
  /** 商品名称 */
  name?: string;
  /** 商品出售价格 */
  price?: string;
  /** 商品原价 */
  org_price?: string;
  /** 商品在天猫上的详情页链接(线下商品无 */
  detail_url?: string;
  /** 商品ItemId */
  item_id?: string;
  /** 商品SkuId */
  sku_id?: string;
  /** sku级别 */
  bar_code?: string;
  /** 零售+平台生成的商品唯一码或条码 */
  unique_code?: string;
  /** 入驻天猫的品牌ID(线下商品无 */
  brand_id?: string;
  /** 入驻天猫的品牌名称(线下商品无) */
  brand_name?: string;
  /** 供应商ID */
  supplier_id?: string;
  /** 供应商名称 */
  supplier_name?: string;
  /** 商品级别 */
  goods_no?: string;
  /** 结算码是否可变 */
  code_changeable?: boolean;
  /** 结算码 */
  settle_code?: string;
  /** 销售属性 */
  property?: string;
  /** 叶子类目ID */
  cat_id?: string;
  /** 叶子类目名称 */
  cat_name?: string;
  /** 当前sku库存 */
  current_inventory?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  unique_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  pic_url: 'String',
  name: 'String',
  price: 'String',
  org_price: 'String',
  detail_url: 'String',
  item_id: 'String',
  sku_id: 'String',
  bar_code: 'String',
  unique_code: 'String',
  brand_id: 'String',
  brand_name: 'String',
  supplier_id: 'String',
  supplier_name: 'String',
  goods_no: 'String',
  code_changeable: 'Boolean',
  settle_code: 'String',
  property: 'String',
  cat_id: 'String',
  cat_name: 'String',
  current_inventory: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.nlife.b2c.item.detail.get`: method, response root, request and response schemas. */
export const alibabaNlifeB2cItemDetailGetOperation = {
  method: 'alibaba.nlife.b2c.item.detail.get',
  responseRoot: 'alibaba_nlife_b2c_item_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * b2c码详情查询 — calls TOP method `alibaba.nlife.b2c.item.detail.get`.
 *
 * 根据零售+平台生成的唯一码获取对应详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNlifeB2cItemDetailGet(
  client: TopClient,
  request: AlibabaNlifeB2cItemDetailGetRequest,
  options?: CallOptions,
): Promise<AlibabaNlifeB2cItemDetailGetResponse> {
  return client.call<AlibabaNlifeB2cItemDetailGetResponse>(
    {
      method: 'alibaba.nlife.b2c.item.detail.get',
      responseRoot: 'alibaba_nlife_b2c_item_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
