// Generated from specs/product/tmall.product.spec.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient, TopFile } from '../runtime/index.js';

/** Request params of `tmall.product.spec.add` (添加产品规格). */
export interface TmallProductSpecAddRequest {
  /** 产品ID */
  product_id: Int64Input;
  /** 存放产品规格认证类型-认证图片url映射信息，格式为k:v;k:v;，其中key为认证类型数字id，value为调用tmall.product.spec.pic.upload返回的认证图片url文本 */
  certified_pic_str?: string;
  /**
   * 产品规格吊牌价，以分为单位，无默认值，上限999999999
   *
   * Min value: 0
   * Max value: 999999999
   */
  label_price?: Int64Input;
  /** 存放产品规格认证类型-认证文本映射信息，格式为k:v;k:v;，其中key为认证类型数字id，value为认证文本值 */
  certified_txt_str?: string;
  /** 产品的规格属性 */
  spec_props?: string;
  /**
   * 规格属性别名,只允许传颜色别名
   *
   * Max length: 60
   */
  spec_props_alias?: string;
  /** 用户自定义销售属性，结构：pid1:value1;pid2:value2。在 */
  customer_spec_props?: string;
  /** 产品基础色，数据格式为：pid:vid:rvid1,rvid2,rvid3;pid:vid:rvid1 */
  change_prop?: string;
  /** 产品图片 */
  image: TopFile;
  /** 产品二维码 */
  barcode?: string;
  /** 产品货号 */
  product_code?: string;
  /** 产品上市时间 */
  market_time?: DateInput;
}

/** Response of `tmall.product.spec.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallProductSpecAddResponse {
  /** 产品规格对象 */
  product_spec?: TmallProductSpecAddProductSpec;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductSpec` of `tmall.product.spec.add`. */
export interface TmallProductSpecAddProductSpec {
  /** 产品规格ID。 */
  spec_id?: Int64;
}

const REQUEST_SCHEMA = {
  product_id: 'Number',
  certified_pic_str: 'String',
  label_price: 'Number',
  certified_txt_str: 'String',
  spec_props: 'String',
  spec_props_alias: 'String',
  customer_spec_props: 'String',
  change_prop: 'String',
  image: 'byte[]',
  barcode: 'String',
  product_code: 'String',
  market_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_spec: {
    spec_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.product.spec.add`: method, response root, request and response schemas. */
export const tmallProductSpecAddOperation = {
  method: 'tmall.product.spec.add',
  responseRoot: 'tmall_product_spec_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加产品规格 — calls TOP method `tmall.product.spec.add`.
 *
 * 增加产品规格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallProductSpecAdd(
  client: TopClient,
  request: TmallProductSpecAddRequest,
  options?: CallOptions,
): Promise<TmallProductSpecAddResponse> {
  return client.call<TmallProductSpecAddResponse>(
    {
      method: 'tmall.product.spec.add',
      responseRoot: 'tmall_product_spec_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
