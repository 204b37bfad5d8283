// Generated from specs/wdk/alibaba.aelophy.order.deliverer.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.order.deliverer.change` (配送员信息变更接口). */
export interface AlibabaAelophyOrderDelivererChangeRequest {
  /** 配送员信息变更请求 */
  deliverer_change_request: AlibabaAelophyOrderDelivererChangeDelivererChangeRequestInput;
}

/** Response of `alibaba.aelophy.order.deliverer.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyOrderDelivererChangeResponse {
  /** 配送员信息变更响应 */
  api_result?: AlibabaAelophyOrderDelivererChangeTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DelivererChangeRequest` of `alibaba.aelophy.order.deliverer.change`. */
export interface AlibabaAelophyOrderDelivererChangeDelivererChangeRequestInput {
  /** 经营店编码 */
  store_id: string;
  /** 订单编码 */
  biz_order_id: Int64Input;
  /** 配送人员名称 */
  deliverer_name: string;
  /** 配送人员联系方式 */
  deliverer_phone: string;
  /** 配送公司编码 */
  deliverer_company: string;
  /** 配送物流单号 */
  logistics_no?: string;
}

/** `TopBaseResult` of `alibaba.aelophy.order.deliverer.change`. */
export interface AlibabaAelophyOrderDelivererChangeTopBaseResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  err_code?: string;
  /** 错误码备注说明 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  deliverer_change_request: {
    store_id: 'String',
    biz_order_id: 'Number',
    deliverer_name: 'String',
    deliverer_phone: 'String',
    deliverer_company: 'String',
    logistics_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.order.deliverer.change`: method, response root, request and response schemas. */
export const alibabaAelophyOrderDelivererChangeOperation = {
  method: 'alibaba.aelophy.order.deliverer.change',
  responseRoot: 'alibaba_aelophy_order_deliverer_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 配送员信息变更接口 — calls TOP method `alibaba.aelophy.order.deliverer.change`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyOrderDelivererChange(
  client: TopClient,
  request: AlibabaAelophyOrderDelivererChangeRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyOrderDelivererChangeResponse> {
  return client.call<AlibabaAelophyOrderDelivererChangeResponse>(
    {
      method: 'alibaba.aelophy.order.deliverer.change',
      responseRoot: 'alibaba_aelophy_order_deliverer_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
