// Generated from specs/shenjing/alibaba.ib.shenjing.visitor.pad.getqrcodelink.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ib.shenjing.visitor.pad.getqrcodelink` (pad获取二维码). */
export interface AlibabaIbShenjingVisitorPadGetqrcodelinkRequest {
  /** 终端id */
  term_id?: string;
}

/** Response of `alibaba.ib.shenjing.visitor.pad.getqrcodelink`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIbShenjingVisitorPadGetqrcodelinkResponse {
  /** 内容 */
  content?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 错误信息 */
  result_msg?: string;
  /** 等级 */
  result_level?: string;
  /** request_id */
  result_request_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  term_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'String',
  result_success: 'Boolean',
  result_code: 'String',
  result_msg: 'String',
  result_level: 'String',
  result_request_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ib.shenjing.visitor.pad.getqrcodelink`: method, response root, request and response schemas. */
export const alibabaIbShenjingVisitorPadGetqrcodelinkOperation = {
  method: 'alibaba.ib.shenjing.visitor.pad.getqrcodelink',
  responseRoot: 'alibaba_ib_shenjing_visitor_pad_getqrcodelink_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * pad获取二维码 — calls TOP method `alibaba.ib.shenjing.visitor.pad.getqrcodelink`.
 *
 * pad获取二维码链接。扫码录入人脸。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIbShenjingVisitorPadGetqrcodelink(
  client: TopClient,
  request: AlibabaIbShenjingVisitorPadGetqrcodelinkRequest = {},
  options?: CallOptions,
): Promise<AlibabaIbShenjingVisitorPadGetqrcodelinkResponse> {
  return client.call<AlibabaIbShenjingVisitorPadGetqrcodelinkResponse>(
    {
      method: 'alibaba.ib.shenjing.visitor.pad.getqrcodelink',
      responseRoot: 'alibaba_ib_shenjing_visitor_pad_getqrcodelink_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
