// Generated from specs/yunosaccount/yunos.account.callapi.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.account.callapi` (调用YunOS账号开放API). */
export interface YunosAccountCallapiRequest {
  /** API版本号 */
  version?: string;
  /** 调用的API名称 */
  api: string;
  /** 时间戳，精确到秒；账号服务端会校验该值与服务器当前时间戳的差值，超过一定范围则拒绝请求 */
  time_stamp: string;
  /** 业务参数 */
  params: string | Record<string, unknown>;
  /** 应用签名的MD5值 */
  auth_sign: string;
}

/** Response of `yunos.account.callapi`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAccountCallapiResponse {
  /** result */
  result?: YunosAccountCallapiAccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccountResult` of `yunos.account.callapi`. */
export interface YunosAccountCallapiAccountResult {
  /** data */
  data?: string;
  /** message */
  message?: string;
  /** status */
  status?: Int64;
}

const REQUEST_SCHEMA = {
  version: 'String',
  api: 'String',
  time_stamp: 'String',
  params: 'Json',
  auth_sign: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    message: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.account.callapi`: method, response root, request and response schemas. */
export const yunosAccountCallapiOperation = {
  method: 'yunos.account.callapi',
  responseRoot: 'yunos_account_callapi_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 调用YunOS账号开放API — calls TOP method `yunos.account.callapi`.
 *
 * YunOS账号客户端对外开放的api通过top暴露
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAccountCallapi(
  client: TopClient,
  request: YunosAccountCallapiRequest,
  options?: CallOptions,
): Promise<YunosAccountCallapiResponse> {
  return client.call<YunosAccountCallapiResponse>(
    {
      method: 'yunos.account.callapi',
      responseRoot: 'yunos_account_callapi_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
