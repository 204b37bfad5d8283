// Generated from specs/product/tmall.item.vip.schema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.vip.schema.update` (大商家商品编辑接口). */
export interface TmallItemVipSchemaUpdateRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 商品编辑的schema参数 */
  schema_xml_fields: string;
}

/** Response of `tmall.item.vip.schema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemVipSchemaUpdateResponse {
  /** 编辑商品的id */
  update_item_result?: string;
  /** 编辑商品操作成功时间 */
  gmt_create?: string;
  /** sku与outerId映射信息 */
  sku_map_json?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  schema_xml_fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_item_result: 'String',
  gmt_create: 'Date',
  sku_map_json: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.vip.schema.update`: method, response root, request and response schemas. */
export const tmallItemVipSchemaUpdateOperation = {
  method: 'tmall.item.vip.schema.update',
  responseRoot: 'tmall_item_vip_schema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 大商家商品编辑接口 — calls TOP method `tmall.item.vip.schema.update`.
 *
 * 大商家编辑商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemVipSchemaUpdate(
  client: TopClient,
  request: TmallItemVipSchemaUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemVipSchemaUpdateResponse> {
  return client.call<TmallItemVipSchemaUpdateResponse>(
    {
      method: 'tmall.item.vip.schema.update',
      responseRoot: 'tmall_item_vip_schema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
