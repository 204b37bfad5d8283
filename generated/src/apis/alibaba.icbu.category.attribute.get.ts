// Generated from specs/icbu/alibaba.icbu.category.attribute.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.icbu.category.attribute.get` (类目属性获取). */
export interface AlibabaIcbuCategoryAttributeGetRequest {
  /** 发布类目id */
  cat_id: Int64Input;
}

/** Response of `alibaba.icbu.category.attribute.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIcbuCategoryAttributeGetResponse {
  /** 类目下的属性和属性值信息 */
  attributes?: AlibabaIcbuCategoryAttributeGetAttribute[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Attribute` of `alibaba.icbu.category.attribute.get`. */
export interface AlibabaIcbuCategoryAttributeGetAttribute {
  /** 属性id */
  attr_id?: Int64;
  /** 属性可选的属性值 */
  attribute_values?: AlibabaIcbuCategoryAttributeGetAttributeValue[];
  /** 用成SKU属性时，是否支持自定义图片展示 */
  customize_image?: boolean;
  /** 用成SKU属性时，是否支持自定义属性值名称 */
  customize_value?: boolean;
  /** 英文名字 */
  en_name?: string;
  /** 输入类型 */
  input_type?: string;
  /** 是否必填属性 */
  required?: boolean;
  /** 展示类型 */
  show_type?: string;
  /** 该属性能否当成SKU属性 */
  sku_attribute?: boolean;
  /** 该属性的单位 */
  units?: string[];
  /** valueType */
  value_type?: string;
  /** 表示是否车型库属性，如果是，则需要从分层属性接口里获取下一级属性 */
  car_model?: boolean;
}

/** `AttributeValue` of `alibaba.icbu.category.attribute.get`. */
export interface AlibabaIcbuCategoryAttributeGetAttributeValue {
  /** 属性值id */
  attr_value_id?: Int64;
  /** 该属性值的子属性id */
  child_attrs?: string[];
  /** 英文名字 */
  en_name?: string;
  /** 是否SKU属性值 */
  sku_value?: boolean;
}

const REQUEST_SCHEMA = {
  cat_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  attributes: [
    {
      attr_id: 'Number',
      attribute_values: [
        {
          attr_value_id: 'Number',
          child_attrs: ['String'],
          en_name: 'String',
          sku_value: 'Boolean',
        },
      ],
      customize_image: 'Boolean',
      customize_value: 'Boolean',
      en_name: 'String',
      input_type: 'String',
      required: 'Boolean',
      show_type: 'String',
      sku_attribute: 'Boolean',
      units: ['String'],
      value_type: 'String',
      car_model: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.icbu.category.attribute.get`: method, response root, request and response schemas. */
export const alibabaIcbuCategoryAttributeGetOperation = {
  method: 'alibaba.icbu.category.attribute.get',
  responseRoot: 'alibaba_icbu_category_attribute_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 类目属性获取 — calls TOP method `alibaba.icbu.category.attribute.get`.
 *
 * 根据类目ID获取系统定义的属性
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIcbuCategoryAttributeGet(
  client: TopClient,
  request: AlibabaIcbuCategoryAttributeGetRequest,
  options?: CallOptions,
): Promise<AlibabaIcbuCategoryAttributeGetResponse> {
  return client.call<AlibabaIcbuCategoryAttributeGetResponse>(
    {
      method: 'alibaba.icbu.category.attribute.get',
      responseRoot: 'alibaba_icbu_category_attribute_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
