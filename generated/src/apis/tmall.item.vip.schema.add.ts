// Generated from specs/product/tmall.item.vip.schema.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.vip.schema.add` (大商家商品发布接口). */
export interface TmallItemVipSchemaAddRequest {
  /** 商品发布schema参数 */
  schema_xml_fields: string;
}

/** Response of `tmall.item.vip.schema.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemVipSchemaAddResponse {
  /** 商品发布成功_商品id */
  add_item_result?: string;
  /** 发布商品操作成功时间 */
  gmt_create?: string;
  /** sku与outerId映射信息 */
  sku_map_json?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  schema_xml_fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_item_result: 'String',
  gmt_create: 'Date',
  sku_map_json: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.vip.schema.add`: method, response root, request and response schemas. */
export const tmallItemVipSchemaAddOperation = {
  method: 'tmall.item.vip.schema.add',
  responseRoot: 'tmall_item_vip_schema_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大商家商品发布接口 — calls TOP method `tmall.item.vip.schema.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemVipSchemaAdd(
  client: TopClient,
  request: TmallItemVipSchemaAddRequest,
  options?: CallOptions,
): Promise<TmallItemVipSchemaAddResponse> {
  return client.call<TmallItemVipSchemaAddResponse>(
    {
      method: 'tmall.item.vip.schema.add',
      responseRoot: 'tmall_item_vip_schema_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
