// Generated from specs/wdk/alibaba.aelophy.shop.updaterange.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.shop.updaterange` (更新渠道店销售范围). */
export interface AlibabaAelophyShopUpdaterangeRequest {
  /** 请求对象 */
  shop_range_update_request: AlibabaAelophyShopUpdaterangeShopRangeUpdateRequestInput;
}

/** Response of `alibaba.aelophy.shop.updaterange`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyShopUpdaterangeResponse {
  /** api调用结果 */
  api_result?: AlibabaAelophyShopUpdaterangeApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShopRangeUpdateRequest` of `alibaba.aelophy.shop.updaterange`. */
export interface AlibabaAelophyShopUpdaterangeShopRangeUpdateRequestInput {
  /** 销售范围 */
  shop_ranges: AlibabaAelophyShopUpdaterangeShopRangeInput[];
  /** 经营店ID */
  store_id: string;
  /** 渠道 */
  channel_source_type: Int64Input;
}

/** `ShopRange` of `alibaba.aelophy.shop.updaterange`. */
export interface AlibabaAelophyShopUpdaterangeShopRangeInput {
  /** 经纬度点 */
  points: AlibabaAelophyShopUpdaterangePointInput[];
}

/** `Point` of `alibaba.aelophy.shop.updaterange`. */
export interface AlibabaAelophyShopUpdaterangePointInput {
  /** 经度(高德坐标) */
  lng: string;
  /** 纬度(高德坐标) */
  lat: string;
}

/** `ApiResult` of `alibaba.aelophy.shop.updaterange`. */
export interface AlibabaAelophyShopUpdaterangeApiResult {
  /** 调用结果 */
  success?: boolean;
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
}

const REQUEST_SCHEMA = {
  shop_range_update_request: {
    shop_ranges: [
      {
        points: [
          {
            lng: 'String',
            lat: 'String',
          },
        ],
      },
    ],
    store_id: 'String',
    channel_source_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.shop.updaterange`: method, response root, request and response schemas. */
export const alibabaAelophyShopUpdaterangeOperation = {
  method: 'alibaba.aelophy.shop.updaterange',
  responseRoot: 'alibaba_aelophy_shop_updaterange_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新渠道店销售范围 — calls TOP method `alibaba.aelophy.shop.updaterange`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyShopUpdaterange(
  client: TopClient,
  request: AlibabaAelophyShopUpdaterangeRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyShopUpdaterangeResponse> {
  return client.call<AlibabaAelophyShopUpdaterangeResponse>(
    {
      method: 'alibaba.aelophy.shop.updaterange',
      responseRoot: 'alibaba_aelophy_shop_updaterange_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
