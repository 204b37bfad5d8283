// Generated from specs/tbitem/tmall.item.simpleschema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.simpleschema.update` (天猫简化编辑商品). */
export interface TmallItemSimpleschemaUpdateRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 编辑商品时提交的xml信息 */
  schema_xml_fields: string;
}

/** Response of `tmall.item.simpleschema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSimpleschemaUpdateResponse {
  /** 编辑商品的itemid */
  update_item_result?: string;
  /** 编辑商品操作成功时间 */
  gmt_modified?: string;
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
  gmt_modified: 'Date',
  sku_map_json: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.simpleschema.update`: method, response root, request and response schemas. */
export const tmallItemSimpleschemaUpdateOperation = {
  method: 'tmall.item.simpleschema.update',
  responseRoot: 'tmall_item_simpleschema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫简化编辑商品 — calls TOP method `tmall.item.simpleschema.update`.
 *
 * 国外大商家天猫简化编辑商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSimpleschemaUpdate(
  client: TopClient,
  request: TmallItemSimpleschemaUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemSimpleschemaUpdateResponse> {
  return client.call<TmallItemSimpleschemaUpdateResponse>(
    {
      method: 'tmall.item.simpleschema.update',
      responseRoot: 'tmall_item_simpleschema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
