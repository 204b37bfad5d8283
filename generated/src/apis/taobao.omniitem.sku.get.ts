// Generated from specs/omniorder/taobao.omniitem.sku.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniitem.sku.get` (获取全渠道门店商品sku). */
export interface TaobaoOmniitemSkuGetRequest {
  /** 商品id */
  item_id?: Int64Input;
  /** skuId */
  sku_id?: Int64Input;
  /** sku商家编码 */
  sku_outer_id?: string;
}

/** Response of `taobao.omniitem.sku.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniitemSkuGetResponse {
  /** 返回结果 */
  result?: TaobaoOmniitemSkuGetOmniResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmniResult` of `taobao.omniitem.sku.get`. */
export interface TaobaoOmniitemSkuGetOmniResult {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
  /** 返回查询到的sku列表 */
  datas?: TaobaoOmniitemSkuGetItemLightPublishSkuDto[];
}

/** `ItemLightPublishSkuDto` of `taobao.omniitem.sku.get`. */
export interface TaobaoOmniitemSkuGetItemLightPublishSkuDto {
  /** skuId */
  sku_id?: Int64;
  /** sku吊牌价 */
  price?: string;
  /** sku销售价 */
  pretium?: string;
  /** sku商家编码 */
  sku_outer_id?: string;
  /** sku条形码 */
  barcode?: string;
  /** customCode */
  custom_code?: string;
  /** sku关联图片url列表 */
  sku_images?: string[];
  /** sku销售属性列表 */
  sale_props?: TaobaoOmniitemSkuGetItemLightPublishSalePropDto[];
  /** sku扩展字段 */
  extend_attr?: string;
}

/** `ItemLightPublishSalePropDto` of `taobao.omniitem.sku.get`. */
export interface TaobaoOmniitemSkuGetItemLightPublishSalePropDto {
  /** 销售属性pid，参见taobao.omniitem.category.get接口返回值 */
  pid?: Int64;
  /** 销售属性值 */
  value?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  sku_id: 'Number',
  sku_outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    datas: [
      {
        sku_id: 'Number',
        price: 'String',
        pretium: 'String',
        sku_outer_id: 'String',
        barcode: 'String',
        custom_code: 'String',
        sku_images: ['String'],
        sale_props: [
          {
            pid: 'Number',
            value: 'String',
          },
        ],
        extend_attr: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniitem.sku.get`: method, response root, request and response schemas. */
export const taobaoOmniitemSkuGetOperation = {
  method: 'taobao.omniitem.sku.get',
  responseRoot: 'omniitem_sku_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取全渠道门店商品sku — calls TOP method `taobao.omniitem.sku.get`.
 *
 * 通过skuId或者skuOutId查询全渠道门店商品sku信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniitemSkuGet(
  client: TopClient,
  request: TaobaoOmniitemSkuGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniitemSkuGetResponse> {
  return client.call<TaobaoOmniitemSkuGetResponse>(
    {
      method: 'taobao.omniitem.sku.get',
      responseRoot: 'omniitem_sku_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
