// Generated from specs/travel/alitrip.item.schema.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.item.schema.add` (使用schema模板进行商品发布). */
export interface AlitripItemSchemaAddRequest {
  /** 类目id */
  cat_id: Int64Input;
  /** 商品数据 */
  schema_xml_fields: string;
}

/** Response of `alitrip.item.schema.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripItemSchemaAddResponse {
  /** 结果 */
  result?: AlitripItemSchemaAddTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTravelItem` of `alitrip.item.schema.add`. */
export interface AlitripItemSchemaAddTopTravelItem {
  /** 商品修改时间 */
  modified?: string;
  /** 商品创建时间 */
  created?: string;
  /** 商品id */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
  schema_xml_fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    modified: 'Date',
    created: 'Date',
    item_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.item.schema.add`: method, response root, request and response schemas. */
export const alitripItemSchemaAddOperation = {
  method: 'alitrip.item.schema.add',
  responseRoot: 'alitrip_item_schema_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 使用schema模板进行商品发布 — calls TOP method `alitrip.item.schema.add`.
 *
 * 飞猪度假商品使用schema模板进行商品发布。目前支持类目：出境自由行(50278002)、境内自由行(50272002)、出境跟团游(50258005)、境内跟团游(50258004)、境外一日游/多日游(50276003)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripItemSchemaAdd(
  client: TopClient,
  request: AlitripItemSchemaAddRequest,
  options?: CallOptions,
): Promise<AlitripItemSchemaAddResponse> {
  return client.call<AlitripItemSchemaAddResponse>(
    {
      method: 'alitrip.item.schema.add',
      responseRoot: 'alitrip_item_schema_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
