// Generated from specs/tbitem/tmall.item.calculate.hscode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.calculate.hscode.get` (算法获取hscode). */
export interface TmallItemCalculateHscodeGetRequest {
  /** 商品id */
  item_id?: Int64Input;
}

/** Response of `tmall.item.calculate.hscode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemCalculateHscodeGetResponse {
  /** 算法返回预测的hscode数据 */
  results?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.calculate.hscode.get`: method, response root, request and response schemas. */
export const tmallItemCalculateHscodeGetOperation = {
  method: 'tmall.item.calculate.hscode.get',
  responseRoot: 'tmall_item_calculate_hscode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 算法获取hscode — calls TOP method `tmall.item.calculate.hscode.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemCalculateHscodeGet(
  client: TopClient,
  request: TmallItemCalculateHscodeGetRequest = {},
  options?: CallOptions,
): Promise<TmallItemCalculateHscodeGetResponse> {
  return client.call<TmallItemCalculateHscodeGetResponse>(
    {
      method: 'tmall.item.calculate.hscode.get',
      responseRoot: 'tmall_item_calculate_hscode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
