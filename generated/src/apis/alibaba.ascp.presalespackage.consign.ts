// Generated from specs/ascpchannel/alibaba.ascp.presalespackage.consign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.presalespackage.consign` (预售预包尾款推单发货). */
export interface AlibabaAscpPresalespackageConsignRequest {
  /** 入参 */
  request_params?: AlibabaAscpPresalespackageConsignRequestparamsInput;
}

/** Response of `alibaba.ascp.presalespackage.consign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpPresalespackageConsignResponse {
  /** 系统自动生成 */
  result?: AlibabaAscpPresalespackageConsignErpPresaleFinalPayResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Requestparams` of `alibaba.ascp.presalespackage.consign`. */
export interface AlibabaAscpPresalespackageConsignRequestparamsInput {
  /** 备注 */
  remark?: string;
  /** 外部订单号 */
  order_code: string;
  /** 支付时间 */
  pay_time: DateInput;
  /** 金额 */
  total_amount: Int64Input;
}

/** `ErpPresaleFinalPayResult` of `alibaba.ascp.presalespackage.consign`. */
export interface AlibabaAscpPresalespackageConsignErpPresaleFinalPayResult {
  /** 服务调用成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_message?: string;
}

const REQUEST_SCHEMA = {
  request_params: {
    remark: 'String',
    order_code: 'String',
    pay_time: 'Date',
    total_amount: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.presalespackage.consign`: method, response root, request and response schemas. */
export const alibabaAscpPresalespackageConsignOperation = {
  method: 'alibaba.ascp.presalespackage.consign',
  responseRoot: 'alibaba_ascp_presalespackage_consign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 预售预包尾款推单发货 — calls TOP method `alibaba.ascp.presalespackage.consign`.
 *
 * 预售预包尾款发货后推单处理
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpPresalespackageConsign(
  client: TopClient,
  request: AlibabaAscpPresalespackageConsignRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpPresalespackageConsignResponse> {
  return client.call<AlibabaAscpPresalespackageConsignResponse>(
    {
      method: 'alibaba.ascp.presalespackage.consign',
      responseRoot: 'alibaba_ascp_presalespackage_consign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
