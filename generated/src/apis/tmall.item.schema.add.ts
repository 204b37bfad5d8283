// Generated from specs/tbitem/tmall.item.schema.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.schema.add` (天猫根据规则发布商品). */
export interface TmallItemSchemaAddRequest {
  /** 商品发布的目标类目，必须是叶子类目 */
  category_id: Int64Input;
  /** 发布商品的productId，如果tmall.product.match.schema.get获取到得字段为空，这个参数传入0，否则需要通过tmall.product.schema.match查询到得可用productId */
  product_id: Int64Input;
  /** 根据tmall.item.add.schema.get生成的商品发布规则入参数据 */
  xml_data: string;
}

/** Response of `tmall.item.schema.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemSchemaAddResponse {
  /** 返回商品发布结果 */
  add_item_result?: string;
  /** 发布商品操作成功时间 */
  gmt_create?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  category_id: 'Number',
  product_id: 'Number',
  xml_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  add_item_result: 'String',
  gmt_create: 'Date',
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.schema.add`: method, response root, request and response schemas. */
export const tmallItemSchemaAddOperation = {
  method: 'tmall.item.schema.add',
  responseRoot: 'tmall_item_schema_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫根据规则发布商品 — calls TOP method `tmall.item.schema.add`.
 *
 * 天猫TopSchema发布商品。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemSchemaAdd(
  client: TopClient,
  request: TmallItemSchemaAddRequest,
  options?: CallOptions,
): Promise<TmallItemSchemaAddResponse> {
  return client.call<TmallItemSchemaAddResponse>(
    {
      method: 'tmall.item.schema.add',
      responseRoot: 'tmall_item_schema_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
