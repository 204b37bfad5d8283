// Generated from specs/product/taobao.ump.promotion.sku.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.promotion.sku.get` (商品优惠详情查询). */
export interface TaobaoUmpPromotionSkuGetRequest {
  /** 商品id */
  item_id: Int64Input;
  /** skuId */
  sku_list?: string;
  /** 渠道 */
  channel_key?: string;
  /** 买家id */
  buyer_id?: string;
}

/** Response of `taobao.ump.promotion.sku.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpPromotionSkuGetResponse {
  /** 返回对象 */
  models?: string | Record<string, unknown>;
  /** 默认key值 */
  default_model_key?: string;
  /** 是否调用成功 */
  is_success?: boolean;
  /** 调用失败信息 */
  error_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  sku_list: 'String',
  channel_key: 'String',
  buyer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  models: 'Json',
  default_model_key: 'String',
  is_success: 'Boolean',
  error_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.promotion.sku.get`: method, response root, request and response schemas. */
export const taobaoUmpPromotionSkuGetOperation = {
  method: 'taobao.ump.promotion.sku.get',
  responseRoot: 'ump_promotion_sku_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品优惠详情查询 — calls TOP method `taobao.ump.promotion.sku.get`.
 *
 * 商品优惠详情查询，可查询商品设置的详细优惠。包括限时折扣，满就送等官方优惠以及第三方优惠。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpPromotionSkuGet(
  client: TopClient,
  request: TaobaoUmpPromotionSkuGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpPromotionSkuGetResponse> {
  return client.call<TaobaoUmpPromotionSkuGetResponse>(
    {
      method: 'taobao.ump.promotion.sku.get',
      responseRoot: 'ump_promotion_sku_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
