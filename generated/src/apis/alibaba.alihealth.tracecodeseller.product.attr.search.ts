// Generated from specs/drugtrace/alibaba.alihealth.tracecodeseller.product.attr.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeseller.product.attr.search` (根据商品id获取商品属性). */
export interface AlibabaAlihealthTracecodesellerProductAttrSearchRequest {
  /** 企业id */
  ent_info_id: Int64Input;
  /** 货品id */
  trac_user_product_info_id: Int64Input;
}

/** Response of `alibaba.alihealth.tracecodeseller.product.attr.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodesellerProductAttrSearchResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthTracecodesellerProductAttrSearchTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeseller.product.attr.search`. */
export interface AlibabaAlihealthTracecodesellerProductAttrSearchTopResultModel {
  /** 外层对象 */
  model?: AlibabaAlihealthTracecodesellerProductAttrSearchProducePreAttributeDto;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
}

/** `ProducePreAttributeDto` of `alibaba.alihealth.tracecodeseller.product.attr.search`. */
export interface AlibabaAlihealthTracecodesellerProductAttrSearchProducePreAttributeDto {
  /** 货品属性对象 */
  attr_info_list?: AlibabaAlihealthTracecodesellerProductAttrSearchAttrinfolist[];
  /** 属性规则-英文 */
  default_produce_pre_attribute_en?: string;
  /** 属性规则-中文 */
  default_produce_pre_attribute?: string;
}

/** `Attrinfolist` of `alibaba.alihealth.tracecodeseller.product.attr.search`. */
export interface AlibabaAlihealthTracecodesellerProductAttrSearchAttrinfolist {
  /** 货品id */
  trac_user_product_info_id?: string;
  /** 属性名称 */
  attr_name?: string;
}

const REQUEST_SCHEMA = {
  ent_info_id: 'Number',
  trac_user_product_info_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      attr_info_list: [
        {
          trac_user_product_info_id: 'String',
          attr_name: 'String',
        },
      ],
      default_produce_pre_attribute_en: 'String',
      default_produce_pre_attribute: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeseller.product.attr.search`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodesellerProductAttrSearchOperation = {
  method: 'alibaba.alihealth.tracecodeseller.product.attr.search',
  responseRoot: 'alibaba_alihealth_tracecodeseller_product_attr_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据商品id获取商品属性 — calls TOP method `alibaba.alihealth.tracecodeseller.product.attr.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodesellerProductAttrSearch(
  client: TopClient,
  request: AlibabaAlihealthTracecodesellerProductAttrSearchRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodesellerProductAttrSearchResponse> {
  return client.call<AlibabaAlihealthTracecodesellerProductAttrSearchResponse>(
    {
      method: 'alibaba.alihealth.tracecodeseller.product.attr.search',
      responseRoot: 'alibaba_alihealth_tracecodeseller_product_attr_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
