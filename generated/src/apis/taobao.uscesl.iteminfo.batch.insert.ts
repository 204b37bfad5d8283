// Generated from specs/uscesl/taobao.uscesl.iteminfo.batch.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.uscesl.iteminfo.batch.insert` (按商家批量写入商品接口). */
export interface TaobaoUsceslIteminfoBatchInsertRequest {
  /**
   * 商品信息集合，限制500
   *
   * Max list size: 500
   */
  item_list: TaobaoUsceslIteminfoBatchInsertItemChangeBoInput[];
  /** 门店ID */
  store_id: Int64Input;
  /** 商家KEY */
  biz_brand_key: string;
}

/** Response of `taobao.uscesl.iteminfo.batch.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUsceslIteminfoBatchInsertResponse {
  /** result */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemChangeBo` of `taobao.uscesl.iteminfo.batch.insert`. */
export interface TaobaoUsceslIteminfoBatchInsertItemChangeBoInput {
  /** 溯源码URL */
  source_code?: string;
  /** 销售单位 */
  price_unit: string;
  /** 品牌 */
  brand_name?: string;
  /** 品类 */
  category_name?: string;
  /** 等级 */
  rank?: string;
  /** (建议)零售价，单位分，整数 */
  suggest_price?: string;
  /** 库存sku id */
  sku_id?: string;
  /** 能效 */
  energy_efficiency?: string;
  /** 优惠开始时间 */
  promotion_start?: DateInput;
  /** 淘系二级商品类目ID */
  forest_second_cat_id?: string;
  /** 自定义扩展属性 */
  customize_feature_c?: string;
  /** 自定义扩展属性 */
  customize_feature_d?: string;
  /** 自定义扩展属性 */
  customize_feature_e?: string;
  /** 自定义扩展属性 */
  customize_feature_f?: string;
  /** 自定义扩展属性 */
  customize_feature_g?: string;
  /** 自定义扩展属性 */
  customize_feature_h?: string;
  /** 自定义扩展属性 */
  customize_feature_i?: string;
  /** 自定义扩展属性 */
  customize_feature_j?: string;
  /** 二维码图片URL */
  item_qr_code?: string;
  /** 是否优惠 */
  if_promotion?: boolean;
  /** 优惠结束时间 */
  promotion_end?: DateInput;
  /** 额外扩展信息 */
  extra_attribute?: string;
  /** 原价，分，整数 */
  original_price?: string;
  /** 货架位 */
  positon_code?: string;
  /** 自定义扩展属性 */
  customize_feature_b?: string;
  /** 自定义扩展属性 */
  customize_feature_a?: string;
  /** 型号 */
  model_num?: string;
  /** 规格 */
  sale_spec?: string;
  /** 实际销售价格，分，整数 */
  acction_price?: string;
  /** 商品条码 */
  item_bar_code: string;
  /** 会员价格，分，整数 */
  member_price?: string;
  /** 商品标题 */
  item_title: string;
  /** 优惠文案 */
  promotion_text?: string;
  /** 商品状态 */
  item_status?: Int64Input;
  /** 商品ID */
  item_id?: Int64Input;
  /** 一级商品类目id */
  forest_first_cat_id?: string;
  /** 商品短标题 */
  short_title?: string;
  /** 是否溯源 */
  if_source_code?: boolean;
  /** 产地 */
  production_place?: string;
}

const REQUEST_SCHEMA = {
  item_list: [
    {
      source_code: 'String',
      price_unit: 'String',
      brand_name: 'String',
      category_name: 'String',
      rank: 'String',
      suggest_price: 'String',
      sku_id: 'String',
      energy_efficiency: 'String',
      promotion_start: 'Date',
      forest_second_cat_id: 'String',
      customize_feature_c: 'String',
      customize_feature_d: 'String',
      customize_feature_e: 'String',
      customize_feature_f: 'String',
      customize_feature_g: 'String',
      customize_feature_h: 'String',
      customize_feature_i: 'String',
      customize_feature_j: 'String',
      item_qr_code: 'String',
      if_promotion: 'Boolean',
      promotion_end: 'Date',
      extra_attribute: 'String',
      original_price: 'String',
      positon_code: 'String',
      customize_feature_b: 'String',
      customize_feature_a: 'String',
      model_num: 'String',
      sale_spec: 'String',
      acction_price: 'String',
      item_bar_code: 'String',
      member_price: 'String',
      item_title: 'String',
      promotion_text: 'String',
      item_status: 'Number',
      item_id: 'Number',
      forest_first_cat_id: 'String',
      short_title: 'String',
      if_source_code: 'Boolean',
      production_place: 'String',
    },
  ],
  store_id: 'Number',
  biz_brand_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.uscesl.iteminfo.batch.insert`: method, response root, request and response schemas. */
export const taobaoUsceslIteminfoBatchInsertOperation = {
  method: 'taobao.uscesl.iteminfo.batch.insert',
  responseRoot: 'uscesl_iteminfo_batch_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按商家批量写入商品接口 — calls TOP method `taobao.uscesl.iteminfo.batch.insert`.
 *
 * 【电子价签】支持按照商家-门店维度批量写入商品数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUsceslIteminfoBatchInsert(
  client: TopClient,
  request: TaobaoUsceslIteminfoBatchInsertRequest,
  options?: CallOptions,
): Promise<TaobaoUsceslIteminfoBatchInsertResponse> {
  return client.call<TaobaoUsceslIteminfoBatchInsertResponse>(
    {
      method: 'taobao.uscesl.iteminfo.batch.insert',
      responseRoot: 'uscesl_iteminfo_batch_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
