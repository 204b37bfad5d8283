// Generated from specs/icbu/alibaba.icbu.product.schema.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.schema.get` (（新）ICBU商品发布schema接口). */
export interface AlibabaIcbuProductSchemaGetRequest {
  /** 商品规则渲染请求 */
  param_product_top_publish_request?: AlibabaIcbuProductSchemaGetProductTopPublishRequestInput;
}

/** Response of `alibaba.icbu.product.schema.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductSchemaGetResponse {
  /** 商品发布规则 */
  data?: string;
  /** 错误信息，数组形式的字符串，用;分割，支持中英繁，按照传入的语种参数决定 */
  message?: string;
  /** 返回的错误码，数组形式的字符串，用;分割 */
  msg_code?: string;
  /** 请求是否成功 */
  biz_success?: boolean;
  /** 错误追踪码，请务必打印在日志中，后续排查问题请提交此错误追踪码 */
  trace_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductTopPublishRequest` of `alibaba.icbu.product.schema.get`. */
export interface AlibabaIcbuProductSchemaGetProductTopPublishRequestInput {
  /** 类目id */
  cat_id?: Int64Input;
  /** 返回文案的语种，支持en_US,zh,zh_TW */
  language?: string;
}

const REQUEST_SCHEMA = {
  param_product_top_publish_request: {
    cat_id: 'Number',
    language: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  message: 'String',
  msg_code: 'String',
  biz_success: 'Boolean',
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.schema.get`: method, response root, request and response schemas. */
export const alibabaIcbuProductSchemaGetOperation = {
  method: 'alibaba.icbu.product.schema.get',
  responseRoot: 'alibaba_icbu_product_schema_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （新）ICBU商品发布schema接口 — calls TOP method `alibaba.icbu.product.schema.get`.
 *
 * 获取ICBU商品发布的页面规则和填写字段，适用于新发商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductSchemaGet(
  client: TopClient,
  request: AlibabaIcbuProductSchemaGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuProductSchemaGetResponse> {
  return client.call<AlibabaIcbuProductSchemaGetResponse>(
    {
      method: 'alibaba.icbu.product.schema.get',
      responseRoot: 'alibaba_icbu_product_schema_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
