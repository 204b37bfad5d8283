// Generated from specs/zqs/alibaba.zqs.fulfill.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.zqs.fulfill.complete` (周期购履约完成接口). */
export interface AlibabaZqsFulfillCompleteRequest {
  /** 第几期 */
  sequence_no?: Int64Input;
  /** 交易单号 */
  main_biz_order_id?: Int64Input;
  /** 交易子单号 */
  sub_biz_order_id?: Int64Input;
}

/** Response of `alibaba.zqs.fulfill.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaZqsFulfillCompleteResponse {
  /** 异常描述 */
  result_msg?: string;
  /** 异常code */
  result_code?: string;
  /** 执行结果 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sequence_no: 'Number',
  main_biz_order_id: 'Number',
  sub_biz_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  result_code: 'String',
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.zqs.fulfill.complete`: method, response root, request and response schemas. */
export const alibabaZqsFulfillCompleteOperation = {
  method: 'alibaba.zqs.fulfill.complete',
  responseRoot: 'alibaba_zqs_fulfill_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 周期购履约完成接口 — calls TOP method `alibaba.zqs.fulfill.complete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaZqsFulfillComplete(
  client: TopClient,
  request: AlibabaZqsFulfillCompleteRequest = {},
  options?: CallOptions,
): Promise<AlibabaZqsFulfillCompleteResponse> {
  return client.call<AlibabaZqsFulfillCompleteResponse>(
    {
      method: 'alibaba.zqs.fulfill.complete',
      responseRoot: 'alibaba_zqs_fulfill_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
