// Generated from specs/jst/taobao.jst.sms.signname.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.sms.signname.query` (淘宝短信签名查询). */
export interface TaobaoJstSmsSignnameQueryRequest {
  /** 签名查询的入参 */
  query_sms_sign_request?: TaobaoJstSmsSignnameQueryTopQuerySmsSignRequestInput;
}

/** Response of `taobao.jst.sms.signname.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstSmsSignnameQueryResponse {
  /** 错误码 */
  r_code?: string;
  /** 请求成功 */
  r_success?: boolean;
  /** 返回结果（signStatus： 0--待审核 1--通过 2--拒绝） */
  module?: TaobaoJstSmsSignnameQueryQuerySmsSignDTO;
  /** 失败原因 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopQuerySmsSignRequest` of `taobao.jst.sms.signname.query`. */
export interface TaobaoJstSmsSignnameQueryTopQuerySmsSignRequestInput {
  /** 要查询的签名 */
  sign_name: string;
}

/** `QuerySmsSignDTO` of `taobao.jst.sms.signname.query`. */
export interface TaobaoJstSmsSignnameQueryQuerySmsSignDTO {
  /** 拒绝 */
  sign_status?: Int64;
  /** 被拒绝的原因 */
  reason?: string;
  /** 申请的签名 */
  sign_name?: string;
  /** 签名创建时间 */
  create_date?: string;
}

const REQUEST_SCHEMA = {
  query_sms_sign_request: {
    sign_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  r_code: 'String',
  r_success: 'Boolean',
  module: {
    sign_status: 'Number',
    reason: 'String',
    sign_name: 'String',
    create_date: 'String',
  },
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.sms.signname.query`: method, response root, request and response schemas. */
export const taobaoJstSmsSignnameQueryOperation = {
  method: 'taobao.jst.sms.signname.query',
  responseRoot: 'jst_sms_signname_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝短信签名查询 — calls TOP method `taobao.jst.sms.signname.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstSmsSignnameQuery(
  client: TopClient,
  request: TaobaoJstSmsSignnameQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoJstSmsSignnameQueryResponse> {
  return client.call<TaobaoJstSmsSignnameQueryResponse>(
    {
      method: 'taobao.jst.sms.signname.query',
      responseRoot: 'jst_sms_signname_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
