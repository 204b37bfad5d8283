// Generated from specs/cainiaolocker/cainiao.endpoint.locker.top.order.withhold.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.endpoint.locker.top.order.withhold` (代扣支付). */
export interface CainiaoEndpointLockerTopOrderWithholdRequest {
  /** 柜子公司编码 */
  company_code: string;
  /** 柜子id */
  gui_id: string;
  /** 柜子订单编码 */
  order_code: string;
  /** 订单类型(0-取件业务，1-寄件业务，2-派样业务) */
  order_type: Int64Input;
  /** 运单号 */
  mail_no: string;
  /** 开放用户id */
  open_user_id: string;
  /** 代扣金额（全额），单位：分 */
  total_fee: Int64Input;
  /** 扩展字段 */
  extra?: string;
}

/** Response of `cainiao.endpoint.locker.top.order.withhold`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoEndpointLockerTopOrderWithholdResponse {
  /** result */
  result?: CainiaoEndpointLockerTopOrderWithholdSingleResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleResult` of `cainiao.endpoint.locker.top.order.withhold`. */
export interface CainiaoEndpointLockerTopOrderWithholdSingleResult {
  /** errorDesc */
  error_desc?: string;
  /** errorCode */
  error_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  company_code: 'String',
  gui_id: 'String',
  order_code: 'String',
  order_type: 'Number',
  mail_no: 'String',
  open_user_id: 'String',
  total_fee: 'Number',
  extra: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_desc: 'String',
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.endpoint.locker.top.order.withhold`: method, response root, request and response schemas. */
export const cainiaoEndpointLockerTopOrderWithholdOperation = {
  method: 'cainiao.endpoint.locker.top.order.withhold',
  responseRoot: 'cainiao_endpoint_locker_top_order_withhold_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代扣支付 — calls TOP method `cainiao.endpoint.locker.top.order.withhold`.
 *
 * 提供代扣，允许有一笔欠款。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoEndpointLockerTopOrderWithhold(
  client: TopClient,
  request: CainiaoEndpointLockerTopOrderWithholdRequest,
  options?: CallOptions,
): Promise<CainiaoEndpointLockerTopOrderWithholdResponse> {
  return client.call<CainiaoEndpointLockerTopOrderWithholdResponse>(
    {
      method: 'cainiao.endpoint.locker.top.order.withhold',
      responseRoot: 'cainiao_endpoint_locker_top_order_withhold_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
