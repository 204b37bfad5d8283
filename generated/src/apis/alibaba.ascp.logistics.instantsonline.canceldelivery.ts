// Generated from specs/tblogistics/alibaba.ascp.logistics.instantsonline.canceldelivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.instantsonline.canceldelivery` (同城配送在线下单取消下单取消呼叫的运力). */
export interface AlibabaAscpLogisticsInstantsonlineCanceldeliveryRequest {
  /** 类型 */
  biz_type: string;
  /** ERP单号 */
  out_order_id: string;
}

/** Response of `alibaba.ascp.logistics.instantsonline.canceldelivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsInstantsonlineCanceldeliveryResponse {
  /** 返回值 */
  result?: AlibabaAscpLogisticsInstantsonlineCanceldeliveryTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.ascp.logistics.instantsonline.canceldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCanceldeliveryTopResult {
  /** 执行结果 */
  success?: boolean;
  /** 是否已取消 */
  canceled?: boolean;
}

const REQUEST_SCHEMA = {
  biz_type: 'String',
  out_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    canceled: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.instantsonline.canceldelivery`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsInstantsonlineCanceldeliveryOperation = {
  method: 'alibaba.ascp.logistics.instantsonline.canceldelivery',
  responseRoot: 'alibaba_ascp_logistics_instantsonline_canceldelivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配送在线下单取消下单取消呼叫的运力 — calls TOP method `alibaba.ascp.logistics.instantsonline.canceldelivery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsInstantsonlineCanceldelivery(
  client: TopClient,
  request: AlibabaAscpLogisticsInstantsonlineCanceldeliveryRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsInstantsonlineCanceldeliveryResponse> {
  return client.call<AlibabaAscpLogisticsInstantsonlineCanceldeliveryResponse>(
    {
      method: 'alibaba.ascp.logistics.instantsonline.canceldelivery',
      responseRoot: 'alibaba_ascp_logistics_instantsonline_canceldelivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
