// Generated from specs/product/tmall.product.template.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.product.template.get` (产品接口). */
export interface TmallProductTemplateGetRequest {
  /** 类目ID */
  cid: Int64Input;
}

/** Response of `tmall.product.template.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductTemplateGetResponse {
  /** 见SpuTemplateDO说明 */
  template?: TmallProductTemplateGetSpuTemplateDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SpuTemplateDO` of `tmall.product.template.get`. */
export interface TmallProductTemplateGetSpuTemplateDO {
  /** 产品关键属性，内容为属性ID(PID)的列表，注意关键属性可以在类目上不存在。不存在的PID，默认为输入，没有子属性。属性名称在prop_name_str中取 */
  key_properties?: Int64[];
  /** 产品绑定属性，内容为属性ID(PID)的列表,绑定属性肯定在类目上有，对应属性的类目特征，子属性请根据PID到类目上去取 */
  affect_properties?: Int64[];
  /** 过滤属性，内容有属性ID(PID)列表，很重要的属性，filter_properties包含的属性，必须填写 */
  filter_properties?: Int64[];
  /** 类目ID */
  category_id?: Int64;
  /** 模板ID，发布产品，必须放到Product中 */
  template_id?: Int64;
  /** 品类ID，和类目ID类似 */
  commodity_id?: Int64;
  /** 属性名称扁平化结构，只保证不在类目上的CP有值 */
  prop_name_str?: string;
  /** 预留 */
  prop_features?: string;
}

const REQUEST_SCHEMA = {
  cid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  template: {
    key_properties: ['Number'],
    affect_properties: ['Number'],
    filter_properties: ['Number'],
    category_id: 'Number',
    template_id: 'Number',
    commodity_id: 'Number',
    prop_name_str: 'String',
    prop_features: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.template.get`: method, response root, request and response schemas. */
export const tmallProductTemplateGetOperation = {
  method: 'tmall.product.template.get',
  responseRoot: 'tmall_product_template_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 产品接口 — calls TOP method `tmall.product.template.get`.
 *
 * 产品模板获取接口，对于非关键属性的类目，发布达尔文(监管)产品时，必须先根据类目获取产品模板。
 *
 * 产品模板定义产品发布需要的类目属性，包括：
 *
 * 关键属性:关键属性可以在类目上不存在。不存在的PID，默认为输入，没有子属性。属性名称在prop_name_str中取
 * 绑定属性:内容为属性ID(PID)的列表,绑定属性肯定在类目上有，对应属性的类目特征，子属性请根据PID到类目上去取
 *
 * 过滤属性:内容有属性ID(PID)列表，很重要的属性，filter_properties包含的属性，必须填写
 *
 * 如果获取不到模板，非关键属性类目是不能发布产品的
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductTemplateGet(
  client: TopClient,
  request: TmallProductTemplateGetRequest,
  options?: CallOptions,
): Promise<TmallProductTemplateGetResponse> {
  return client.call<TmallProductTemplateGetResponse>(
    {
      method: 'tmall.product.template.get',
      responseRoot: 'tmall_product_template_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
