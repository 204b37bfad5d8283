// Generated from specs/wdk/alibaba.tcls.aelophy.refund.fetchgoods.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.refund.fetchgoods` (saas 售后逆向 商户发起逆向取货). */
export interface AlibabaTclsAelophyRefundFetchgoodsRequest {
  /** 经营店ID */
  store_id: string;
  /** 外部订单ID */
  out_order_id: string;
  /** 渠道退款单ID */
  refund_id: string;
  /** 取货开始时间 */
  fetch_start_time?: DateInput;
  /** 取货结束时间 */
  fetch_end_time?: DateInput;
  /** 备注 */
  remark?: string;
  /** 外部子订单列表 */
  sub_refund_list: AlibabaTclsAelophyRefundFetchgoodsSubrefundlistInput;
  /** 渠道来源 */
  order_from?: Int64Input;
}

/** Response of `alibaba.tcls.aelophy.refund.fetchgoods`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyRefundFetchgoodsResponse {
  /** 出参 */
  result?: AlibabaTclsAelophyRefundFetchgoodsApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Subrefundlist` of `alibaba.tcls.aelophy.refund.fetchgoods`. */
export interface AlibabaTclsAelophyRefundFetchgoodsSubrefundlistInput {
  /** 期望取货数量 */
  expect_fetch_quantity: Int64Input;
  /** 外部子订单ID */
  out_sub_order_id: string;
}

/** `ApiResult` of `alibaba.tcls.aelophy.refund.fetchgoods`. */
export interface AlibabaTclsAelophyRefundFetchgoodsApiResult {
  /** 调用是否成功 */
  is_success?: boolean;
  /** 返回码 */
  return_code?: string;
  /** 返回码说明 */
  return_msg?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  out_order_id: 'String',
  refund_id: 'String',
  fetch_start_time: 'Date',
  fetch_end_time: 'Date',
  remark: 'String',
  sub_refund_list: {
    expect_fetch_quantity: 'Number',
    out_sub_order_id: 'String',
  },
  order_from: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    return_code: 'String',
    return_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.refund.fetchgoods`: method, response root, request and response schemas. */
export const alibabaTclsAelophyRefundFetchgoodsOperation = {
  method: 'alibaba.tcls.aelophy.refund.fetchgoods',
  responseRoot: 'alibaba_tcls_aelophy_refund_fetchgoods_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * saas 售后逆向 商户发起逆向取货 — calls TOP method `alibaba.tcls.aelophy.refund.fetchgoods`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyRefundFetchgoods(
  client: TopClient,
  request: AlibabaTclsAelophyRefundFetchgoodsRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyRefundFetchgoodsResponse> {
  return client.call<AlibabaTclsAelophyRefundFetchgoodsResponse>(
    {
      method: 'alibaba.tcls.aelophy.refund.fetchgoods',
      responseRoot: 'alibaba_tcls_aelophy_refund_fetchgoods_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
