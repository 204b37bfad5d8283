// Generated from specs/travel/alitrip.item.update.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.item.update.schema.get` (获取编辑商品的schema模板). */
export interface AlitripItemUpdateSchemaGetRequest {
  /** 商品id */
  item_id: Int64Input;
  /**
   * 需要获取的编辑schema，不填默认返回全部
   *
   * Max list size: 20
   */
  update_field_ids?: string[];
}

/** Response of `alitrip.item.update.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripItemUpdateSchemaGetResponse {
  /** schema数据 */
  schema_xml_fields?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  update_field_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  schema_xml_fields: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.item.update.schema.get`: method, response root, request and response schemas. */
export const alitripItemUpdateSchemaGetOperation = {
  method: 'alitrip.item.update.schema.get',
  responseRoot: 'alitrip_item_update_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取编辑商品的schema模板 — calls TOP method `alitrip.item.update.schema.get`.
 *
 * 获取编辑商品的schema模板。目前支持类目：出境自由行(50278002)、境内自由行(50272002)、出境跟团游(50258005)、境内跟团游(50258004)、境外一日游/多日游(50276003)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripItemUpdateSchemaGet(
  client: TopClient,
  request: AlitripItemUpdateSchemaGetRequest,
  options?: CallOptions,
): Promise<AlitripItemUpdateSchemaGetResponse> {
  return client.call<AlitripItemUpdateSchemaGetResponse>(
    {
      method: 'alitrip.item.update.schema.get',
      responseRoot: 'alitrip_item_update_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
