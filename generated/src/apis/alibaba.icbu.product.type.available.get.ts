// Generated from specs/icbuproduct/alibaba.icbu.product.type.available.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.product.type.available.get` (商家发品类型查询). */
export interface AlibabaIcbuProductTypeAvailableGetRequest {
  /** - */
  type_request: AlibabaIcbuProductTypeAvailableGetProductTopRequestInput;
}

/** Response of `alibaba.icbu.product.type.available.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuProductTypeAvailableGetResponse {
  /** 错误追踪码，请务必打印在日志中，后续排查问题请提交此错误追踪码 */
  trace_id?: string;
  /** 返回结果数据 */
  data?: AlibabaIcbuProductTypeAvailableGetProductSupportTypeDTO;
  /** 调用是否成功 */
  biz_success?: boolean;
  /** 错误信息 */
  message?: string;
  /** 返回的错误码，数组形式的字符串，用;分割 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductTopRequest` of `alibaba.icbu.product.type.available.get`. */
export interface AlibabaIcbuProductTypeAvailableGetProductTopRequestInput {
  /** 类目id */
  cat_id?: Int64Input;
  /** 返回结果语种 */
  language?: string;
}

/** `ProductSupportTypeDTO` of `alibaba.icbu.product.type.available.get`. */
export interface AlibabaIcbuProductTypeAvailableGetProductSupportTypeDTO {
  /** 是否支持下单品 */
  support_post_whole_sale?: boolean;
  /** 是否支持询盘品 */
  support_post_sourcing?: boolean;
}

const REQUEST_SCHEMA = {
  type_request: {
    cat_id: 'Number',
    language: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trace_id: 'String',
  data: {
    support_post_whole_sale: 'Boolean',
    support_post_sourcing: 'Boolean',
  },
  biz_success: 'Boolean',
  message: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.product.type.available.get`: method, response root, request and response schemas. */
export const alibabaIcbuProductTypeAvailableGetOperation = {
  method: 'alibaba.icbu.product.type.available.get',
  responseRoot: 'alibaba_icbu_product_type_available_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家发品类型查询 — calls TOP method `alibaba.icbu.product.type.available.get`.
 *
 * 查询商家发品权限
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuProductTypeAvailableGet(
  client: TopClient,
  request: AlibabaIcbuProductTypeAvailableGetRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuProductTypeAvailableGetResponse> {
  return client.call<AlibabaIcbuProductTypeAvailableGetResponse>(
    {
      method: 'alibaba.icbu.product.type.available.get',
      responseRoot: 'alibaba_icbu_product_type_available_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
