// Generated from specs/tbitem/tmall.item.combine.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.combine.get` (组合商品获取接口). */
export interface TmallItemCombineGetRequest {
  /** 组合商品ID */
  item_id?: Int64Input;
}

/** Response of `tmall.item.combine.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemCombineGetResponse {
  /** results */
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

/** Static description of `tmall.item.combine.get`: method, response root, request and response schemas. */
export const tmallItemCombineGetOperation = {
  method: 'tmall.item.combine.get',
  responseRoot: 'tmall_item_combine_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 组合商品获取接口 — calls TOP method `tmall.item.combine.get`.
 *
 * 查询组合商品的SKU信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemCombineGet(
  client: TopClient,
  request: TmallItemCombineGetRequest = {},
  options?: CallOptions,
): Promise<TmallItemCombineGetResponse> {
  return client.call<TmallItemCombineGetResponse>(
    {
      method: 'tmall.item.combine.get',
      responseRoot: 'tmall_item_combine_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
