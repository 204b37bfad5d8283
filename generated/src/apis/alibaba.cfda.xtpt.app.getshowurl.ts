// Generated from specs/drugtrace/alibaba.cfda.xtpt.app.getshowurl.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cfda.xtpt.app.getshowurl` (协同平台码查询页面url). */
export interface AlibabaCfdaXtptAppGetshowurlRequest {
  /** 码 */
  code: string;
}

/** Response of `alibaba.cfda.xtpt.app.getshowurl`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCfdaXtptAppGetshowurlResponse {
  /** 是否成功 */
  msg_success?: boolean;
  /** model */
  model?: string;
  /** msgInfo */
  msg_info?: string;
  /** msgCode */
  msg_code?: string;
  /** 状态 */
  http_status_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_success: 'Boolean',
  model: 'String',
  msg_info: 'String',
  msg_code: 'String',
  http_status_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cfda.xtpt.app.getshowurl`: method, response root, request and response schemas. */
export const alibabaCfdaXtptAppGetshowurlOperation = {
  method: 'alibaba.cfda.xtpt.app.getshowurl',
  responseRoot: 'alibaba_cfda_xtpt_app_getshowurl_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 协同平台码查询页面url — calls TOP method `alibaba.cfda.xtpt.app.getshowurl`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCfdaXtptAppGetshowurl(
  client: TopClient,
  request: AlibabaCfdaXtptAppGetshowurlRequest,
  options?: CallOptions,
): Promise<AlibabaCfdaXtptAppGetshowurlResponse> {
  return client.call<AlibabaCfdaXtptAppGetshowurlResponse>(
    {
      method: 'alibaba.cfda.xtpt.app.getshowurl',
      responseRoot: 'alibaba_cfda_xtpt_app_getshowurl_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
