// Generated from specs/fenxiao/taobao.region.price.manage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.region.price.manage` (编辑区域价格). */
export interface TaobaoRegionPriceManageRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 无sku传0 */
  sku_id?: Int64Input;
  /**
   * 列表
   *
   * Max list size: 20
   */
  regional_price_dtos: TaobaoRegionPriceManageRegionalPriceDtoInput[];
  /** true:全量, false:增量 */
  is_full?: boolean;
}

/** Response of `taobao.region.price.manage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRegionPriceManageResponse {
  /** success */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RegionalPriceDto` of `taobao.region.price.manage`. */
export interface TaobaoRegionPriceManageRegionalPriceDtoInput {
  /** 市 */
  city: string;
  /** 金额（分） */
  price: Int64Input;
  /** 省 */
  province: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  sku_id: 'Number',
  regional_price_dtos: [
    {
      city: 'String',
      price: 'Number',
      province: 'String',
    },
  ],
  is_full: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.region.price.manage`: method, response root, request and response schemas. */
export const taobaoRegionPriceManageOperation = {
  method: 'taobao.region.price.manage',
  responseRoot: 'region_price_manage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑区域价格 — calls TOP method `taobao.region.price.manage`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRegionPriceManage(
  client: TopClient,
  request: TaobaoRegionPriceManageRequest,
  options?: CallOptions,
): Promise<TaobaoRegionPriceManageResponse> {
  return client.call<TaobaoRegionPriceManageResponse>(
    {
      method: 'taobao.region.price.manage',
      responseRoot: 'region_price_manage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
