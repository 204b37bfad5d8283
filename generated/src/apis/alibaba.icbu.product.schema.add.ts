// Generated from specs/icbu/alibaba.icbu.product.schema.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.schema.add` (（新）商品发布新接口). */
export interface AlibabaIcbuProductSchemaAddRequest {
  /** 发布入参 */
  param_product_top_publish_request: AlibabaIcbuProductSchemaAddProductTopPublishRequestInput;
}

/** Response of `alibaba.icbu.product.schema.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductSchemaAddResponse {
  /** 商品明文id */
  product_id?: Int64;
  /** 错误信息，数组形式的字符串，用;分割，支持中英繁，按照传入的语种参数决定 */
  message?: string;
  /** 返回的错误码，数组形式的字符串，用;分割 */
  msg_code?: string;
  /** 调用是否成功 */
  biz_success?: boolean;
  /** 错误追踪码，请务必打印在日志中，后续排查问题请提交此错误追踪码 */
  trace_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductTopPublishRequest` of `alibaba.icbu.product.schema.add`. */
export interface AlibabaIcbuProductSchemaAddProductTopPublishRequestInput {
  /** 类目id */
  cat_id?: Int64Input;
  /** 返回文案的语种，支持en_US,zh,zh_TW */
  language?: string;
  /** 商品的具体数据信息 */
  xml?: string;
}

const REQUEST_SCHEMA = {
  param_product_top_publish_request: {
    cat_id: 'Number',
    language: 'String',
    xml: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_id: 'Number',
  message: 'String',
  msg_code: 'String',
  biz_success: 'Boolean',
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.schema.add`: method, response root, request and response schemas. */
export const alibabaIcbuProductSchemaAddOperation = {
  method: 'alibaba.icbu.product.schema.add',
  responseRoot: 'alibaba_icbu_product_schema_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （新）商品发布新接口 — calls TOP method `alibaba.icbu.product.schema.add`.
 *
 * 提供发布ICBU商品的入口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductSchemaAdd(
  client: TopClient,
  request: AlibabaIcbuProductSchemaAddRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductSchemaAddResponse> {
  return client.call<AlibabaIcbuProductSchemaAddResponse>(
    {
      method: 'alibaba.icbu.product.schema.add',
      responseRoot: 'alibaba_icbu_product_schema_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
