// Generated from specs/openmall/taobao.openmall.refund.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.refund.submit` (提交OpenMall退款单物流). */
export interface TaobaoOpenmallRefundSubmitRequest {
  /** 渠道 */
  distributor: string;
  /** 物流公司编码 */
  logistics_company_code: string;
  /** 物流公司名称 */
  logistics_company_name: string;
  /** 快递单号 */
  logistics_no: string;
  /** 退款单ID */
  refund_id: Int64Input;
}

/** Response of `taobao.openmall.refund.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallRefundSubmitResponse {
  /** 提交物流单成功 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  logistics_company_code: 'String',
  logistics_company_name: 'String',
  logistics_no: 'String',
  refund_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.refund.submit`: method, response root, request and response schemas. */
export const taobaoOpenmallRefundSubmitOperation = {
  method: 'taobao.openmall.refund.submit',
  responseRoot: 'openmall_refund_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交OpenMall退款单物流 — calls TOP method `taobao.openmall.refund.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallRefundSubmit(
  client: TopClient,
  request: TaobaoOpenmallRefundSubmitRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallRefundSubmitResponse> {
  return client.call<TaobaoOpenmallRefundSubmitResponse>(
    {
      method: 'taobao.openmall.refund.submit',
      responseRoot: 'openmall_refund_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
