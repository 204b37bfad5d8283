// Generated from specs/scs/taobao.onebp.dkx.account.account.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.account.account.query` (万相台账号余额查询). */
export interface TaobaoOnebpDkxAccountAccountQueryRequest {}

/** Response of `taobao.onebp.dkx.account.account.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxAccountAccountQueryResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxAccountAccountQueryResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDTO` of `taobao.onebp.dkx.account.account.query`. */
export interface TaobaoOnebpDkxAccountAccountQueryResultDTO {
  /** 可用余额 */
  result?: string;
  /** 是否成功 */
  success?: string;
  /** 结果code */
  result_code?: TaobaoOnebpDkxAccountAccountQueryResultCode;
  /** 结果信息 */
  message?: string;
}

/** `ResultCode` of `taobao.onebp.dkx.account.account.query`. */
export interface TaobaoOnebpDkxAccountAccountQueryResultCode {
  /** 结果code */
  code?: string;
  /** 结果信息 */
  message?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
    success: 'String',
    result_code: {
      code: 'String',
      message: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.account.account.query`: method, response root, request and response schemas. */
export const taobaoOnebpDkxAccountAccountQueryOperation = {
  method: 'taobao.onebp.dkx.account.account.query',
  responseRoot: 'onebp_dkx_account_account_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 万相台账号余额查询 — calls TOP method `taobao.onebp.dkx.account.account.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxAccountAccountQuery(
  client: TopClient,
  request: TaobaoOnebpDkxAccountAccountQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoOnebpDkxAccountAccountQueryResponse> {
  return client.call<TaobaoOnebpDkxAccountAccountQueryResponse>(
    {
      method: 'taobao.onebp.dkx.account.account.query',
      responseRoot: 'onebp_dkx_account_account_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
