// Generated from specs/travel/alitrip.item.schema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.item.schema.update` (使用schema进行商品编辑). */
export interface AlitripItemSchemaUpdateRequest {
  /** 商品id */
  item_id: Int64Input;
  /** 商品数据 */
  schema_xml_fields?: string;
}

/** Response of `alitrip.item.schema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripItemSchemaUpdateResponse {
  /** 结果 */
  result?: AlitripItemSchemaUpdateTopTravelItem;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTravelItem` of `alitrip.item.schema.update`. */
export interface AlitripItemSchemaUpdateTopTravelItem {
  /** 商品修改时间 */
  modified?: string;
  /** 商品创建时间 */
  created?: string;
  /** 商品id */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  schema_xml_fields: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    modified: 'Date',
    created: 'Date',
    item_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.item.schema.update`: method, response root, request and response schemas. */
export const alitripItemSchemaUpdateOperation = {
  method: 'alitrip.item.schema.update',
  responseRoot: 'alitrip_item_schema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 使用schema进行商品编辑 — calls TOP method `alitrip.item.schema.update`.
 *
 * 飞猪度假商品使用schema进行商品编辑。目前支持类目：出境自由行(50278002)、境内自由行(50272002)、出境跟团游(50258005)、境内跟团游(50258004)、境外一日游/多日游(50276003)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripItemSchemaUpdate(
  client: TopClient,
  request: AlitripItemSchemaUpdateRequest,
  options?: CallOptions,
): Promise<AlitripItemSchemaUpdateResponse> {
  return client.call<AlitripItemSchemaUpdateResponse>(
    {
      method: 'alitrip.item.schema.update',
      responseRoot: 'alitrip_item_schema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
