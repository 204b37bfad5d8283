// Generated from specs/jst/taobao.jst.sms.signname.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.signname.delete` (淘宝短信签名删除). */
export interface TaobaoJstSmsSignnameDeleteRequest {
  /** 删除签名入参 */
  delete_sms_sign_request?: TaobaoJstSmsSignnameDeleteTopDeleteSmsSignRequestInput;
}

/** Response of `taobao.jst.sms.signname.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsSignnameDeleteResponse {
  /** 错误码 */
  r_code?: string;
  /** 请求成功 */
  r_success?: boolean;
  /** 删除成功 */
  module?: boolean;
  /** 错误原因 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopDeleteSmsSignRequest` of `taobao.jst.sms.signname.delete`. */
export interface TaobaoJstSmsSignnameDeleteTopDeleteSmsSignRequestInput {
  /** 待删除的签名 */
  sign_name?: string;
}

const REQUEST_SCHEMA = {
  delete_sms_sign_request: {
    sign_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  module: 'Boolean',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.signname.delete`: method, response root, request and response schemas. */
export const taobaoJstSmsSignnameDeleteOperation = {
  method: 'taobao.jst.sms.signname.delete',
  responseRoot: 'jst_sms_signname_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝短信签名删除 — calls TOP method `taobao.jst.sms.signname.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsSignnameDelete(
  client: TopClient,
  request: TaobaoJstSmsSignnameDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsSignnameDeleteResponse> {
  return client.call<TaobaoJstSmsSignnameDeleteResponse>(
    {
      method: 'taobao.jst.sms.signname.delete',
      responseRoot: 'jst_sms_signname_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
