// Generated from specs/jst/taobao.modifyaddress.open.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.modifyaddress.open` (淘宝自助修改地址服务开通). */
export interface TaobaoModifyaddressOpenRequest {}

/** Response of `taobao.modifyaddress.open`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoModifyaddressOpenResponse {
  /** 是否成功 */
  result?: boolean;
  /** 错误信息 */
  result_msg?: string;
  /** 错误码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  result_msg: 'String',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.modifyaddress.open`: method, response root, request and response schemas. */
export const taobaoModifyaddressOpenOperation = {
  method: 'taobao.modifyaddress.open',
  responseRoot: 'modifyaddress_open_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝自助修改地址服务开通 — calls TOP method `taobao.modifyaddress.open`.
 *
 * 商家自助修改地址服务开通
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoModifyaddressOpen(
  client: TopClient,
  request: TaobaoModifyaddressOpenRequest = {},
  options?: CallOptions,
): Promise<TaobaoModifyaddressOpenResponse> {
  return client.call<TaobaoModifyaddressOpenResponse>(
    {
      method: 'taobao.modifyaddress.open',
      responseRoot: 'modifyaddress_open_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
