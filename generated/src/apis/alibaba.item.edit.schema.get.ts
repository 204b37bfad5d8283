// Generated from specs/tbitem/alibaba.item.edit.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.item.edit.schema.get` (商品编辑获取schema信息). */
export interface AlibabaItemEditSchemaGetRequest {
  /** 商品ID */
  item_id: Int64Input;
  /** 业务扩展参数，需与平台约定好 */
  biz_type?: string;
  /**
   * 制定返回schema中field字段列表，可用于裁剪返回的schema信息。不填则为全部field
   *
   * Max list size: 999
   */
  fields?: string[];
}

/** Response of `alibaba.item.edit.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaItemEditSchemaGetResponse {
  /** 商品已有规则信息，XML格式. */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  biz_type: 'String',
  fields: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.item.edit.schema.get`: method, response root, request and response schemas. */
export const alibabaItemEditSchemaGetOperation = {
  method: 'alibaba.item.edit.schema.get',
  responseRoot: 'alibaba_item_edit_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品编辑获取schema信息 — calls TOP method `alibaba.item.edit.schema.get`.
 *
 * 商品编辑时，获取商品规则信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaItemEditSchemaGet(
  client: TopClient,
  request: AlibabaItemEditSchemaGetRequest,
  options?: CallOptions,
): Promise<AlibabaItemEditSchemaGetResponse> {
  return client.call<AlibabaItemEditSchemaGetResponse>(
    {
      method: 'alibaba.item.edit.schema.get',
      responseRoot: 'alibaba_item_edit_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
