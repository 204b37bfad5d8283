// Generated from specs/caipiao/taobao.caipiao.signstatus.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.caipiao.signstatus.check` (检查用户是否签署支付宝代购协议). */
export interface TaobaoCaipiaoSignstatusCheckRequest {}

/** Response of `taobao.caipiao.signstatus.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCaipiaoSignstatusCheckResponse {
  /** 是否签署了支付宝代扣协议 */
  sign?: boolean;
  /** 签署支付宝代扣协议的Url */
  sign_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  sign: 'Boolean',
  sign_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.caipiao.signstatus.check`: method, response root, request and response schemas. */
export const taobaoCaipiaoSignstatusCheckOperation = {
  method: 'taobao.caipiao.signstatus.check',
  responseRoot: 'caipiao_signstatus_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 检查用户是否签署支付宝代购协议 — calls TOP method `taobao.caipiao.signstatus.check`.
 *
 * 检查用户是否签署了支付宝代扣协议。如果签署了，返回true; 如果没签署，返回false, 同时返回签署代扣协议的Url。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCaipiaoSignstatusCheck(
  client: TopClient,
  request: TaobaoCaipiaoSignstatusCheckRequest = {},
  options?: CallOptions,
): Promise<TaobaoCaipiaoSignstatusCheckResponse> {
  return client.call<TaobaoCaipiaoSignstatusCheckResponse>(
    {
      method: 'taobao.caipiao.signstatus.check',
      responseRoot: 'caipiao_signstatus_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
