// Generated from specs/icbu/alibaba.icbu.category.attrvalue.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.attrvalue.get` (属性值获取). */
export interface AlibabaIcbuCategoryAttrvalueGetRequest {
  /** 属性值request对象 */
  attribute_value_request?: AlibabaIcbuCategoryAttrvalueGetAttributeValueRequestInput;
}

/** Response of `alibaba.icbu.category.attrvalue.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategoryAttrvalueGetResponse {
  /** 返回值 */
  result_list?: AlibabaIcbuCategoryAttrvalueGetAttributeValue[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AttributeValueRequest` of `alibaba.icbu.category.attrvalue.get`. */
export interface AlibabaIcbuCategoryAttrvalueGetAttributeValueRequestInput {
  /** 选填；需要过滤的属性值id */
  attribute_value_id?: Int64Input[];
  /** 必填；要查询的属性值所属发布类目 */
  cat_id: Int64Input;
  /** 选填；需要过滤的属性 */
  attribute_id?: Int64Input[];
}

/** `AttributeValue` of `alibaba.icbu.category.attrvalue.get`. */
export interface AlibabaIcbuCategoryAttrvalueGetAttributeValue {
  /** 属性id */
  attr_id?: Int64;
  /** 英文名字 */
  en_name?: string;
  /** 属性值id */
  attr_value_id?: Int64;
  /** 该属性值的子属性id */
  child_attrs?: Int64[];
  /** 所属类目id */
  cat_id?: Int64;
}

const REQUEST_SCHEMA = {
  attribute_value_request: {
    attribute_value_id: ['Number'],
    cat_id: 'Number',
    attribute_id: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      attr_id: 'Number',
      en_name: 'String',
      attr_value_id: 'Number',
      child_attrs: ['Number'],
      cat_id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.attrvalue.get`: method, response root, request and response schemas. */
export const alibabaIcbuCategoryAttrvalueGetOperation = {
  method: 'alibaba.icbu.category.attrvalue.get',
  responseRoot: 'alibaba_icbu_category_attrvalue_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 属性值获取 — calls TOP method `alibaba.icbu.category.attrvalue.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategoryAttrvalueGet(
  client: TopClient,
  request: AlibabaIcbuCategoryAttrvalueGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaIcbuCategoryAttrvalueGetResponse> {
  return client.call<AlibabaIcbuCategoryAttrvalueGetResponse>(
    {
      method: 'alibaba.icbu.category.attrvalue.get',
      responseRoot: 'alibaba_icbu_category_attrvalue_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
