// Generated from specs/omniorder/taobao.omniitem.item.fullupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniitem.item.fullupdate` (全渠道商品全量更新). */
export interface TaobaoOmniitemItemFullupdateRequest {
  /** 发布商品信息 */
  light_publish_info: TaobaoOmniitemItemFullupdateItemLightPublishDtoInput;
  /** 操作类型，STORE表示门店域新增，ALL表示全域新增 */
  operate_type: string;
}

/** Response of `taobao.omniitem.item.fullupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniitemItemFullupdateResponse {
  /** 返回结果 */
  result?: TaobaoOmniitemItemFullupdateOmniResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemLightPublishDto` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemLightPublishDtoInput {
  /** 商品条形码 */
  barcode?: string;
  /** 商品叶子类目 */
  cat_id: Int64Input;
  /** 商品描述信息 */
  desc: string;
  /** 扩展字段 */
  extend_attr?: string;
  /** 商品图片，最少1张，最多5张 */
  images: TaobaoOmniitemItemFullupdateItemLightPublishImageDtoInput[];
  /** 商品ID，若填入则以itemId为准 */
  item_id?: Int64Input;
  /** 操作人 */
  operator?: string;
  /** 商家编码 */
  outer_id?: string;
  /** 销售价 */
  pretium?: string;
  /** 吊牌价 */
  price: string;
  /** sku信息 */
  skus: TaobaoOmniitemItemFullupdateItemLightPublishSkuDtoInput[];
  /** 商品卖点 */
  subtitle: string;
  /** 商品标题 */
  title: string;
}

/** `ItemLightPublishImageDto` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemLightPublishImageDtoInput {
  /** 图片空间URL */
  url: string;
}

/** `ItemLightPublishSkuDto` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemLightPublishSkuDtoInput {
  /** sku条形码 */
  sku_barcode?: string;
  /** sku扩展字段 */
  extend_attr?: string;
  /** sku销售价 */
  pretium?: string;
  /** sku吊牌价 */
  price: string;
  /** sku销售属性 */
  sale_props: TaobaoOmniitemItemFullupdateItemLightPublishSalePropDtoInput[];
  /** skuId */
  sku_id?: Int64Input;
  /** sku商家编码 */
  sku_outer_id?: string;
}

/** `ItemLightPublishSalePropDto` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemLightPublishSalePropDtoInput {
  /** 销售属性pid */
  pid: Int64Input;
  /** 销售属性值 */
  value: string;
}

/** `OmniResult` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateOmniResult {
  /** 错误码，code=0表示成功 */
  code?: string;
  /** data */
  data?: TaobaoOmniitemItemFullupdateItemLightPublishResult;
  /** 错误信息 */
  message?: string;
}

/** `ItemLightPublishResult` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemLightPublishResult {
  /** 重复商品信息 */
  duplicate_infos?: TaobaoOmniitemItemFullupdateItemSkuDuplicateInfo[];
  /** 创建生成的itemId */
  item_id?: Int64;
  /** 创建生成的skuId */
  sku_ids?: string;
}

/** `ItemSkuDuplicateInfo` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemSkuDuplicateInfo {
  /** 商品barcode */
  barcode?: string;
  /** 重复商品详情列表，如果重复商品过多，目前只展示部分 */
  duplicate_details?: TaobaoOmniitemItemFullupdateItemSkuDuplicateDetail[];
  /** duplicateSize */
  duplicate_size?: Int64;
  /** outerId */
  outer_id?: string;
  /** skuBarcode */
  sku_barcode?: string;
  /** skuOuterId */
  sku_outer_id?: string;
}

/** `ItemSkuDuplicateDetail` of `taobao.omniitem.item.fullupdate`. */
export interface TaobaoOmniitemItemFullupdateItemSkuDuplicateDetail {
  /** 商品barcode */
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

const REQUEST_SCHEMA = {
  light_publish_info: {
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
    operator: 'String',
    outer_id: 'String',
    pretium: 'String',
    price: 'String',
    skus: [
      {
        sku_barcode: 'String',
        extend_attr: 'String',
        pretium: 'String',
        price: 'String',
        sale_props: [
          {
            pid: 'Number',
            value: 'String',
          },
        ],
        sku_id: 'Number',
        sku_outer_id: 'String',
      },
    ],
    subtitle: 'String',
    title: 'String',
  },
  operate_type: 'String',
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
      item_id: 'Number',
      sku_ids: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.omniitem.item.fullupdate`: method, response root, request and response schemas. */
export const taobaoOmniitemItemFullupdateOperation = {
  method: 'taobao.omniitem.item.fullupdate',
  responseRoot: 'omniitem_item_fullupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道商品全量更新 — calls TOP method `taobao.omniitem.item.fullupdate`.
 *
 * 全渠道商品全量更新，仅适用于全渠道门店商品
 * 需要全量传入商品相关所有参数，更新时会根据传入的字段进行全量更新
 * 对于SKU信息，会以skus对象进行判断，若传入的skus对象的sku为商品之前未包含的，则新增SKU，如果原先商品有该sku但现在没有传，则删除该SKU。所有传入的SKU信息要么全部均传入skuId，要么全部都不传入skuId。对于新增SKU的场景，目前无需传入SKUID，会根据传入的销售属性自动对应
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniitemItemFullupdate(
  client: TopClient,
  request: TaobaoOmniitemItemFullupdateRequest,
  options?: CallOptions,
): Promise<TaobaoOmniitemItemFullupdateResponse> {
  return client.call<TaobaoOmniitemItemFullupdateResponse>(
    {
      method: 'taobao.omniitem.item.fullupdate',
      responseRoot: 'omniitem_item_fullupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
