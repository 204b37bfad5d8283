// Generated from specs/shenjing/alibaba.ib.shenjing.visitor.pad.opendoor.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ib.shenjing.visitor.pad.opendoor` (访客发起开门). */
export interface AlibabaIbShenjingVisitorPadOpendoorRequest {
  /** 访客标识 */
  id?: string;
  /** padid */
  pad_id?: string;
}

/** Response of `alibaba.ib.shenjing.visitor.pad.opendoor`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIbShenjingVisitorPadOpendoorResponse {
  /** 状态码 */
  result_code?: string;
  /** 业务处理结果 */
  content?: boolean;
  /** 请求request_id */
  result_request_id?: string;
  /** 状态描述 */
  result_msg?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'String',
  pad_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  content: 'Boolean',
  result_request_id: 'String',
  result_msg: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ib.shenjing.visitor.pad.opendoor`: method, response root, request and response schemas. */
export const alibabaIbShenjingVisitorPadOpendoorOperation = {
  method: 'alibaba.ib.shenjing.visitor.pad.opendoor',
  responseRoot: 'alibaba_ib_shenjing_visitor_pad_opendoor_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 访客发起开门 — calls TOP method `alibaba.ib.shenjing.visitor.pad.opendoor`.
 *
 * 访客PAD端录入完人脸后，可以点击开门按钮开门。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIbShenjingVisitorPadOpendoor(
  client: TopClient,
  request: AlibabaIbShenjingVisitorPadOpendoorRequest = {},
  options?: CallOptions,
): Promise<AlibabaIbShenjingVisitorPadOpendoorResponse> {
  return client.call<AlibabaIbShenjingVisitorPadOpendoorResponse>(
    {
      method: 'alibaba.ib.shenjing.visitor.pad.opendoor',
      responseRoot: 'alibaba_ib_shenjing_visitor_pad_opendoor_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
