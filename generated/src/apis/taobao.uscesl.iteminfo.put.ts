// Generated from specs/uscesl/taobao.uscesl.iteminfo.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.iteminfo.put` (电子价签显示用商品信息写入). */
export interface TaobaoUsceslIteminfoPutRequest {
  /** 型号 */
  model_num?: string;
  /** 价格单位 */
  price_unit: string;
  /** 品牌名 */
  brand_name?: string;
  /** 销售规格 */
  sale_spec?: string;
  /** 分类 */
  category_name?: string;
  /** 等级 */
  rank?: string;
  /** 商品变更状态 */
  item_change_status?: string;
  /** 实际销售价格，单位：分 */
  acction_price: string;
  /** 能效 */
  energy_efficiency?: string;
  /** 商品skuId */
  sku_id?: string;
  /** 促销开始时间:yyyy-MM-dd HH:mm:ss */
  promotion_start?: DateInput;
  /** 商品条码 */
  item_bar_code: string;
  /** 商品名称 */
  item_title: string;
  /** 促销文案 */
  promotion_text?: string;
  /** 扩展属性C */
  customize_feature_c?: string;
  /** 扩展属性D */
  customize_feature_d?: string;
  /** 扩展属性E */
  customize_feature_e?: string;
  /** 扩展属性F */
  customize_feature_f?: string;
  /** 扩展属性G */
  customize_feature_g?: string;
  /** 扩展属性H */
  customize_feature_h?: string;
  /** 扩展属性I */
  customize_feature_i?: string;
  /** 扩展属性J */
  customize_feature_j?: string;
  /** 二维码 */
  item_qr_code?: string;
  /** 商品状态0:在售 1:售罄 */
  item_status?: Int64Input;
  /** 促销状态0:非促销 1:促销 */
  if_promotion?: boolean;
  /** 商品编码 */
  item_id: Int64Input;
  /** 促销结束时间:yyyy-MM-dd HH:mm:ss */
  promotion_end?: DateInput;
  /** 促销原因 */
  promotion_reason?: string;
  /** 商品原价 */
  original_price?: string;
  /** 商品简称 */
  short_title?: string;
  /** 扩展属性B */
  customize_feature_b?: string;
  /** 产地 */
  production_place?: string;
  /** 扩展属性A */
  customize_feature_a?: string;
  /** 门店ID */
  shop_id: Int64Input;
}

/** Response of `taobao.uscesl.iteminfo.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslIteminfoPutResponse {
  /** target */
  target?: boolean;
  /** returnCode */
  return_code?: Int64;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  model_num: 'String',
  price_unit: 'String',
  brand_name: 'String',
  sale_spec: 'String',
  category_name: 'String',
  rank: 'String',
  item_change_status: 'String',
  acction_price: 'String',
  energy_efficiency: 'String',
  sku_id: 'String',
  promotion_start: 'Date',
  item_bar_code: 'String',
  item_title: 'String',
  promotion_text: 'String',
  customize_feature_c: 'String',
  customize_feature_d: 'String',
  customize_feature_e: 'String',
  customize_feature_f: 'String',
  customize_feature_g: 'String',
  customize_feature_h: 'String',
  customize_feature_i: 'String',
  customize_feature_j: 'String',
  item_qr_code: 'String',
  item_status: 'Number',
  if_promotion: 'Boolean',
  item_id: 'Number',
  promotion_end: 'Date',
  promotion_reason: 'String',
  original_price: 'String',
  short_title: 'String',
  customize_feature_b: 'String',
  production_place: 'String',
  customize_feature_a: 'String',
  shop_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  target: 'Boolean',
  return_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.iteminfo.put`: method, response root, request and response schemas. */
export const taobaoUsceslIteminfoPutOperation = {
  method: 'taobao.uscesl.iteminfo.put',
  responseRoot: 'uscesl_iteminfo_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电子价签显示用商品信息写入 — calls TOP method `taobao.uscesl.iteminfo.put`.
 *
 * 用于电子价签上显示的商品信息的写入，包含价格及促销信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslIteminfoPut(
  client: TopClient,
  request: TaobaoUsceslIteminfoPutRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslIteminfoPutResponse> {
  return client.call<TaobaoUsceslIteminfoPutResponse>(
    {
      method: 'taobao.uscesl.iteminfo.put',
      responseRoot: 'uscesl_iteminfo_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
