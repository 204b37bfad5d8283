// Generated from specs/product/tmall.item.vip.update.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.vip.update.schema.get` (vip商家编辑商品的规则获取接口). */
export interface TmallItemVipUpdateSchemaGetRequest {
  /** 商品id */
  item_id?: Int64Input;
}

/** Response of `tmall.item.vip.update.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemVipUpdateSchemaGetResponse {
  /** 获取的编辑商品的规则 */
  update_get_result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_get_result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.vip.update.schema.get`: method, response root, request and response schemas. */
export const tmallItemVipUpdateSchemaGetOperation = {
  method: 'tmall.item.vip.update.schema.get',
  responseRoot: 'tmall_item_vip_update_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * vip商家编辑商品的规则获取接口 — calls TOP method `tmall.item.vip.update.schema.get`.
 *
 * 获取vip商家编辑商品的规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemVipUpdateSchemaGet(
  client: TopClient,
  request: TmallItemVipUpdateSchemaGetRequest = {},
  options?: CallOptions,
): Promise<TmallItemVipUpdateSchemaGetResponse> {
  return client.call<TmallItemVipUpdateSchemaGetResponse>(
    {
      method: 'tmall.item.vip.update.schema.get',
      responseRoot: 'tmall_item_vip_update_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
