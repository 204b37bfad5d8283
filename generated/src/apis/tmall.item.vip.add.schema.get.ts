// Generated from specs/product/tmall.item.vip.add.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.vip.add.schema.get` (vip商家发布商品的获取规则接口). */
export interface TmallItemVipAddSchemaGetRequest {}

/** Response of `tmall.item.vip.add.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemVipAddSchemaGetResponse {
  /** 返回值是发布商品时需要的字段及基本类型 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.vip.add.schema.get`: method, response root, request and response schemas. */
export const tmallItemVipAddSchemaGetOperation = {
  method: 'tmall.item.vip.add.schema.get',
  responseRoot: 'tmall_item_vip_add_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * vip商家发布商品的获取规则接口 — calls TOP method `tmall.item.vip.add.schema.get`.
 *
 * 获取vip商家发布商品的规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemVipAddSchemaGet(
  client: TopClient,
  request: TmallItemVipAddSchemaGetRequest = {},
  options?: CallOptions,
): Promise<TmallItemVipAddSchemaGetResponse> {
  return client.call<TmallItemVipAddSchemaGetResponse>(
    {
      method: 'tmall.item.vip.add.schema.get',
      responseRoot: 'tmall_item_vip_add_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
