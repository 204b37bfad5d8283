// Generated from specs/product/tmall.item.update.simpleschema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.update.simpleschema.get` (官网同购编辑商品的get接口). */
export interface TmallItemUpdateSimpleschemaGetRequest {
  /** 商品id */
  item_id?: Int64Input;
}

/** Response of `tmall.item.update.simpleschema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemUpdateSimpleschemaGetResponse {
  /** 返回结果 */
  error?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** 商品信息 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error: 'Boolean',
  error_msg: 'String',
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.update.simpleschema.get`: method, response root, request and response schemas. */
export const tmallItemUpdateSimpleschemaGetOperation = {
  method: 'tmall.item.update.simpleschema.get',
  responseRoot: 'tmall_item_update_simpleschema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 官网同购编辑商品的get接口 — calls TOP method `tmall.item.update.simpleschema.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemUpdateSimpleschemaGet(
  client: TopClient,
  request: TmallItemUpdateSimpleschemaGetRequest = {},
  options?: CallOptions,
): Promise<TmallItemUpdateSimpleschemaGetResponse> {
  return client.call<TmallItemUpdateSimpleschemaGetResponse>(
    {
      method: 'tmall.item.update.simpleschema.get',
      responseRoot: 'tmall_item_update_simpleschema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
