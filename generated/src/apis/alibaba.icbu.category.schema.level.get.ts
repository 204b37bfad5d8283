// Generated from specs/icbu/alibaba.icbu.category.schema.level.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.schema.level.get` ((新)层级属性获取). */
export interface AlibabaIcbuCategorySchemaLevelGetRequest {
  /** 类目id */
  cat_id?: Int64Input;
  /** 返回的文案的语种，可以输入en_US或者zh */
  language?: string;
  /** 层级属性的当前层级属性 */
  xml?: string;
}

/** Response of `alibaba.icbu.category.schema.level.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategorySchemaLevelGetResponse {
  /** Top返回对象 */
  result?: AlibabaIcbuCategorySchemaLevelGetTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `alibaba.icbu.category.schema.level.get`. */
export interface AlibabaIcbuCategorySchemaLevelGetTopResultDo {
  /** 层级属性的下一级属性结构 */
  data?: string;
  /** 错误信息 */
  message?: string;
  /** 错误码 */
  msg_code?: string;
  /** 是否成功 */
  biz_success?: boolean;
  /** 用于排查系统错误 */
  trace_id?: string;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
  language: 'String',
  xml: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    message: 'String',
    msg_code: 'String',
    biz_success: 'Boolean',
    trace_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.schema.level.get`: method, response root, request and response schemas. */
export const alibabaIcbuCategorySchemaLevelGetOperation = {
  method: 'alibaba.icbu.category.schema.level.get',
  responseRoot: 'alibaba_icbu_category_schema_level_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * (新)层级属性获取 — calls TOP method `alibaba.icbu.category.schema.level.get`.
 *
 * 将表单中层级属性的子属性返回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategorySchemaLevelGet(
  client: TopClient,
  request: AlibabaIcbuCategorySchemaLevelGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuCategorySchemaLevelGetResponse> {
  return client.call<AlibabaIcbuCategorySchemaLevelGetResponse>(
    {
      method: 'alibaba.icbu.category.schema.level.get',
      responseRoot: 'alibaba_icbu_category_schema_level_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
