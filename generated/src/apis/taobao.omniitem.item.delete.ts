// Generated from specs/omniorder/taobao.omniitem.item.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniitem.item.delete` (全渠道商品删除). */
export interface TaobaoOmniitemItemDeleteRequest {
  /** 条形码 */
  bar_code?: string;
  /** 商品ID，若填入则以该字段为准，否则以outerId+barcode为准 */
  item_id?: Int64Input;
  /** 商品outerId */
  outer_id?: string;
}

/** Response of `taobao.omniitem.item.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniitemItemDeleteResponse {
  /** result */
  result?: TaobaoOmniitemItemDeleteOmniResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OmniResult` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteOmniResult {
  /** 错误码，0表示成功 */
  code?: string;
  /** data */
  data?: TaobaoOmniitemItemDeleteItemDeleteResult;
  /** 错误信息 */
  message?: string;
}

/** `ItemDeleteResult` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemDeleteResult {
  /** 重复商品信息 */
  duplicate_infos?: TaobaoOmniitemItemDeleteItemSkuDuplicateInfo[];
  /** itemLightPublishDTO */
  item_light_publish_d_t_o?: TaobaoOmniitemItemDeleteItemLightPublishDto;
}

/** `ItemSkuDuplicateInfo` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemSkuDuplicateInfo {
  /** barcode */
  barcode?: string;
  /** 重复商品详情列表，如果重复商品过多，目前只展示部分 */
  duplicate_details?: TaobaoOmniitemItemDeleteItemSkuDuplicateDetail[];
  /** 重复商品数量 */
  duplicate_size?: Int64;
  /** outerId */
  outer_id?: string;
  /** skuBarcode */
  sku_barcode?: string;
  /** skuOuterId */
  sku_outer_id?: string;
}

/** `ItemSkuDuplicateDetail` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemSkuDuplicateDetail {
  /** barcode */
  barcode?: string;
  /** itemId */
  item_id?: Int64;
  /** outerId */
  outer_id?: string;
  /** skuBarcode */
  sku_barcode?: string;
  /** skuId */
  sku_id?: Int64;
  /** skuOuterId */
  sku_outer_id?: string;
}

/** `ItemLightPublishDto` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemLightPublishDto {
  /** 商品条形码 */
  barcode?: string;
  /** 叶子类目ID */
  cat_id?: Int64;
  /** 商品描述 */
  desc?: string;
  /** extendAttr */
  extend_attr?: string;
  /** images */
  images?: TaobaoOmniitemItemDeleteItemLightPublishImageDto[];
  /** itemId */
  item_id?: Int64;
  /** outerId */
  outer_id?: string;
  /** 销售价 */
  pretium?: string;
  /** 吊牌价 */
  price?: string;
  /** skus */
  skus?: TaobaoOmniitemItemDeleteItemLightPublishSkuDto[];
  /** 副标题 */
  subtitle?: string;
  /** 标题 */
  title?: string;
  /** 卖家ID */
  user_id?: Int64;
}

/** `ItemLightPublishImageDto` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemLightPublishImageDto {
  /** 图片url */
  url?: string;
}

/** `ItemLightPublishSkuDto` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemLightPublishSkuDto {
  /** sku条形码 */
  barcode?: string;
  /** sku扩展字段 */
  extend_attr?: string;
  /** sku销售价 */
  pretium?: string;
  /** sku吊牌价 */
  price?: string;
  /** salePropsDTO */
  sale_props_d_t_os?: TaobaoOmniitemItemDeleteItemLightPublishSalePropDto[];
  /** sku图片 */
  sku_images?: string[];
  /** skuOuterId */
  sku_outer_id?: string;
}

/** `ItemLightPublishSalePropDto` of `taobao.omniitem.item.delete`. */
export interface TaobaoOmniitemItemDeleteItemLightPublishSalePropDto {
  /** pid */
  pid?: Int64;
  /** value */
  value?: string;
}

const REQUEST_SCHEMA = {
  bar_code: 'String',
  item_id: 'Number',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      duplicate_infos: [
        {
          barcode: 'String',
          duplicate_details: [
            {
              barcode: 'String',
              item_id: 'Number',
              outer_id: 'String',
              sku_barcode: 'String',
              sku_id: 'Number',
              sku_outer_id: 'String',
            },
          ],
          duplicate_size: 'Number',
          outer_id: 'String',
          sku_barcode: 'String',
          sku_outer_id: 'String',
        },
      ],
      item_light_publish_d_t_o: {
        barcode: 'String',
        cat_id: 'Number',
        desc: 'String',
        extend_attr: 'String',
        images: [
          {
            url: 'String',
          },
        ],
        item_id: 'Number',
        outer_id: 'String',
        pretium: 'String',
        price: 'String',
        skus: [
          {
            barcode: 'String',
            extend_attr: 'String',
            pretium: 'String',
            price: 'String',
            sale_props_d_t_os: [
              {
                pid: 'Number',
                value: 'String',
              },
            ],
            sku_images: ['String'],
            sku_outer_id: 'String',
          },
        ],
        subtitle: 'String',
        title: 'String',
        user_id: 'Number',
      },
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniitem.item.delete`: method, response root, request and response schemas. */
export const taobaoOmniitemItemDeleteOperation = {
  method: 'taobao.omniitem.item.delete',
  responseRoot: 'omniitem_item_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道商品删除 — calls TOP method `taobao.omniitem.item.delete`.
 *
 * 全渠道商品删除，能够对门店商品库商品进行删除动作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniitemItemDelete(
  client: TopClient,
  request: TaobaoOmniitemItemDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoOmniitemItemDeleteResponse> {
  return client.call<TaobaoOmniitemItemDeleteResponse>(
    {
      method: 'taobao.omniitem.item.delete',
      responseRoot: 'omniitem_item_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
