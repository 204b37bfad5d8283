// Generated from specs/omniorder/taobao.omniitem.item.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniitem.item.get` (获取全渠道门店商品). */
export interface TaobaoOmniitemItemGetRequest {
  /** 分页当前页数 */
  page_no?: Int64Input;
  /** 分页单页大小 */
  page_size?: Int64Input;
  /** 可选，指定获取的商品id */
  item_id?: Int64Input;
  /** 可选，指定获取的商品外部id */
  outer_id?: string;
}

/** Response of `taobao.omniitem.item.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniitemItemGetResponse {
  /** 返回结果 */
  result?: TaobaoOmniitemItemGetPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageResult` of `taobao.omniitem.item.get`. */
export interface TaobaoOmniitemItemGetPageResult {
  /** 错误信息 */
  message?: string;
  /** totalCount */
  total_count?: Int64;
  /** 返回查询到的商品列表 */
  datas?: TaobaoOmniitemItemGetLightItemDo[];
  /** 错误码 */
  code?: string;
}

/** `LightItemDo` of `taobao.omniitem.item.get`. */
export interface TaobaoOmniitemItemGetLightItemDo {
  /** 商品所属商家id */
  user_id?: Int64;
  /** 商品淘系id */
  item_id?: Int64;
  /** 操作人 */
  operator?: string;
  /** 商品叶子类目，参见taobao.omniitem.category.get接口返回值 */
  cat_id?: Int64;
  /** 商品标题 */
  title?: string;
  /** 商品卖点 */
  subtitle?: string;
  /** 关联门店id */
  store_ids?: Int64[];
  /** 吊牌价 */
  price?: string;
  /** 商品描述 */
  desc?: string;
  /** sku信息列表 */
  skus?: TaobaoOmniitemItemGetItemLightPublishSkuDto[];
  /** 销售价 */
  pretium?: string;
  /** 商家编码 */
  outer_id?: string;
  /** 商品条形码 */
  barcode?: string;
  /** 商品图片，最少1张，最多5张 */
  images?: TaobaoOmniitemItemGetItemLightPublishImageDto[];
  /** 扩展字段 */
  extend_attr?: string;
}

/** `ItemLightPublishSkuDto` of `taobao.omniitem.item.get`. */
export interface TaobaoOmniitemItemGetItemLightPublishSkuDto {
  /** 淘系skuId */
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
  /** skuImages */
  sku_images?: string[];
  /** sku销售属性列表 */
  sale_props?: TaobaoOmniitemItemGetItemLightPublishSalePropDto[];
  /** sku扩展字段 */
  extend_attr?: string;
}

/** `ItemLightPublishSalePropDto` of `taobao.omniitem.item.get`. */
export interface TaobaoOmniitemItemGetItemLightPublishSalePropDto {
  /** 销售属性pid，参见taobao.omniitem.category.get接口返回值 */
  pid?: Int64;
  /** 销售属性值 */
  value?: string;
}

/** `ItemLightPublishImageDto` of `taobao.omniitem.item.get`. */
export interface TaobaoOmniitemItemGetItemLightPublishImageDto {
  /** 图片空间URL */
  url?: string;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
  item_id: 'Number',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    total_count: 'Number',
    datas: [
      {
        user_id: 'Number',
        item_id: 'Number',
        operator: 'String',
        cat_id: 'Number',
        title: 'String',
        subtitle: 'String',
        store_ids: ['Number'],
        price: 'String',
        desc: 'String',
        skus: [
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
        pretium: 'String',
        outer_id: 'String',
        barcode: 'String',
        images: [
          {
            url: 'String',
          },
        ],
        extend_attr: 'String',
      },
    ],
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniitem.item.get`: method, response root, request and response schemas. */
export const taobaoOmniitemItemGetOperation = {
  method: 'taobao.omniitem.item.get',
  responseRoot: 'omniitem_item_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取全渠道门店商品 — calls TOP method `taobao.omniitem.item.get`.
 *
 * 通过门店id/类目id/商品id单个或多个参数组合查询全渠道门店商品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniitemItemGet(
  client: TopClient,
  request: TaobaoOmniitemItemGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniitemItemGetResponse> {
  return client.call<TaobaoOmniitemItemGetResponse>(
    {
      method: 'taobao.omniitem.item.get',
      responseRoot: 'omniitem_item_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
