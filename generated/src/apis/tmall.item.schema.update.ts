// Generated from specs/tbitem/tmall.item.schema.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.schema.update` (天猫根据规则编辑商品). */
export interface TmallItemSchemaUpdateRequest {
  /** 需要编辑的商品ID */
  item_id: Int64Input;
  /** 商品发布的目标类目，必须是叶子类目。如果没有切换类目需求不需要填写 */
  category_id?: Int64Input;
  /** 商品发布的目标product_id。如果没有切换类目或者切换产品的需求，参数不用填写 */
  product_id?: Int64Input;
  /** 根据tmall.item.update.schema.get生成的商品编辑规则入参数据 */
  xml_data: string;
}

/** Response of `tmall.item.schema.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSchemaUpdateResponse {
  /** 返回商品发布结果 */
  update_item_result?: string;
  /** 商品更新操作成功时间 */
  gmt_modified?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  category_id: 'Number',
  product_id: 'Number',
  xml_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  update_item_result: 'String',
  gmt_modified: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.schema.update`: method, response root, request and response schemas. */
export const tmallItemSchemaUpdateOperation = {
  method: 'tmall.item.schema.update',
  responseRoot: 'tmall_item_schema_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫根据规则编辑商品 — calls TOP method `tmall.item.schema.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSchemaUpdate(
  client: TopClient,
  request: TmallItemSchemaUpdateRequest,
  options?: CallOptions,
): Promise<TmallItemSchemaUpdateResponse> {
  return client.call<TmallItemSchemaUpdateResponse>(
    {
      method: 'tmall.item.schema.update',
      responseRoot: 'tmall_item_schema_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
