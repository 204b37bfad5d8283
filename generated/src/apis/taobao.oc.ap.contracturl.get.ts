// Generated from specs/jst/taobao.oc.ap.contracturl.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.oc.ap.contracturl.get` (按用户获取支付宝代扣协议链接地址). */
export interface TaobaoOcApContracturlGetRequest {}

/** Response of `taobao.oc.ap.contracturl.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOcApContracturlGetResponse {
  /** 错误描述信息 */
  error_description?: string;
  /** 代扣url地址 */
  url?: string;
  /** 判断操作是否执行成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_description: 'String',
  url: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.oc.ap.contracturl.get`: method, response root, request and response schemas. */
export const taobaoOcApContracturlGetOperation = {
  method: 'taobao.oc.ap.contracturl.get',
  responseRoot: 'oc_ap_contracturl_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 按用户获取支付宝代扣协议链接地址 — calls TOP method `taobao.oc.ap.contracturl.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOcApContracturlGet(
  client: TopClient,
  request: TaobaoOcApContracturlGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoOcApContracturlGetResponse> {
  return client.call<TaobaoOcApContracturlGetResponse>(
    {
      method: 'taobao.oc.ap.contracturl.get',
      responseRoot: 'oc_ap_contracturl_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
