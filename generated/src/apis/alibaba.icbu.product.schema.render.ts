// Generated from specs/icbu/alibaba.icbu.product.schema.render.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.schema.render` (（新）获取商品信息). */
export interface AlibabaIcbuProductSchemaRenderRequest {
  /** 商品规则渲染请求 */
  param_product_top_publish_request?: AlibabaIcbuProductSchemaRenderProductTopPublishRequestInput;
}

/** Response of `alibaba.icbu.product.schema.render`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductSchemaRenderResponse {
  /** 商品发布规则和对应填写数据 */
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

/** `ProductTopPublishRequest` of `alibaba.icbu.product.schema.render`. */
export interface AlibabaIcbuProductSchemaRenderProductTopPublishRequestInput {
  /** 类目id */
  cat_id?: Int64Input;
  /** 返回文案的语种，支持en_US,zh,zh_TW */
  language?: string;
  /** 商品明文id */
  product_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_product_top_publish_request: {
    cat_id: 'Number',
    language: 'String',
    product_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  message: 'String',
  msg_code: 'String',
  biz_success: 'Boolean',
  trace_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.schema.render`: method, response root, request and response schemas. */
export const alibabaIcbuProductSchemaRenderOperation = {
  method: 'alibaba.icbu.product.schema.render',
  responseRoot: 'alibaba_icbu_product_schema_render_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * （新）获取商品信息 — calls TOP method `alibaba.icbu.product.schema.render`.
 *
 * 获取ICBU商品发布的字段填写规则和单个商品对应填写数据，适用于单个商品编辑场景，不包括草稿。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductSchemaRender(
  client: TopClient,
  request: AlibabaIcbuProductSchemaRenderRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuProductSchemaRenderResponse> {
  return client.call<AlibabaIcbuProductSchemaRenderResponse>(
    {
      method: 'alibaba.icbu.product.schema.render',
      responseRoot: 'alibaba_icbu_product_schema_render_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
