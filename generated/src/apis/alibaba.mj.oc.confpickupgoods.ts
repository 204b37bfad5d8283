// Generated from specs/mos/alibaba.mj.oc.confpickupgoods.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.oc.confpickupgoods` (提货核销). */
export interface AlibabaMjOcConfpickupgoodsRequest {
  /** 提货核销请求参数 */
  conf_pickup_goods_request?: AlibabaMjOcConfpickupgoodsConfPickupGoodsReqDtoInput;
}

/** Response of `alibaba.mj.oc.confpickupgoods`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjOcConfpickupgoodsResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConfPickupGoodsReqDto` of `alibaba.mj.oc.confpickupgoods`. */
export interface AlibabaMjOcConfpickupgoodsConfPickupGoodsReqDtoInput {
  /** 操作员 */
  operator: string;
  /** 核销码 */
  short_code: string;
  /** OC交易号 */
  trade_no: string;
  /** 门店号 */
  out_belong_id: string;
  /** 专柜号 */
  out_store_id: string;
}

const REQUEST_SCHEMA = {
  conf_pickup_goods_request: {
    operator: 'String',
    short_code: 'String',
    trade_no: 'String',
    out_belong_id: 'String',
    out_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.oc.confpickupgoods`: method, response root, request and response schemas. */
export const alibabaMjOcConfpickupgoodsOperation = {
  method: 'alibaba.mj.oc.confpickupgoods',
  responseRoot: 'alibaba_mj_oc_confpickupgoods_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提货核销 — calls TOP method `alibaba.mj.oc.confpickupgoods`.
 *
 * 此API用于在银泰商场中，消费者在提货中心提货时， 商户后台调用此接口进行提货核销操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjOcConfpickupgoods(
  client: TopClient,
  request: AlibabaMjOcConfpickupgoodsRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjOcConfpickupgoodsResponse> {
  return client.call<AlibabaMjOcConfpickupgoodsResponse>(
    {
      method: 'alibaba.mj.oc.confpickupgoods',
      responseRoot: 'alibaba_mj_oc_confpickupgoods_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
