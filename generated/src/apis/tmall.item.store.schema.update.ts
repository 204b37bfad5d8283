// Generated from specs/product/tmall.item.store.schema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.store.schema.update` (天猫门店商品编辑). */
export interface TmallItemStoreSchemaUpdateRequest {
  /** 主商品ID */
  main_item_id: Int64Input;
  /** 门店ID */
  store_id: Int64Input;
  /** 商品的schema xml */
  xml: string;
}

/** Response of `tmall.item.store.schema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemStoreSchemaUpdateResponse {
  /** 无 */
  api_result?: TmallItemStoreSchemaUpdateApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `tmall.item.store.schema.update`. */
export interface TmallItemStoreSchemaUpdateApiResult {
  /** 错误信息 */
  er_msg?: string;
  /** 错误码 */
  er_code?: string;
  /** 商品ID */
  result?: Int64;
  /** 成功 */
  error?: boolean;
  /** 错误信息 */
  mapped_error_messages?: string;
}

const REQUEST_SCHEMA = {
  main_item_id: 'Number',
  store_id: 'Number',
  xml: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    er_msg: 'String',
    er_code: 'String',
    result: 'Number',
    error: 'Boolean',
    mapped_error_messages: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.store.schema.update`: method, response root, request and response schemas. */
export const tmallItemStoreSchemaUpdateOperation = {
  method: 'tmall.item.store.schema.update',
  responseRoot: 'tmall_item_store_schema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫门店商品编辑 — calls TOP method `tmall.item.store.schema.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemStoreSchemaUpdate(
  client: TopClient,
  request: TmallItemStoreSchemaUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemStoreSchemaUpdateResponse> {
  return client.call<TmallItemStoreSchemaUpdateResponse>(
    {
      method: 'tmall.item.store.schema.update',
      responseRoot: 'tmall_item_store_schema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
