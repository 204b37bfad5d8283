// Generated from specs/omniorder/taobao.omniitem.item.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.omniitem.item.publish` (全渠道门店商品轻发布). */
export interface TaobaoOmniitemItemPublishRequest {
  /** 发布商品信息 */
  light_publish_info?: TaobaoOmniitemItemPublishItemLightPublishDtoInput;
  /** 在全域商品或是门店商品中校验码是否重复，可选值对应为ALL或者STORE */
  operate_type: string;
}

/** Response of `taobao.omniitem.item.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOmniitemItemPublishResponse {
  /** 返回结果 */
  result?: TaobaoOmniitemItemPublishItemLightPublishResult2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemLightPublishDto` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemLightPublishDtoInput {
  /** 商品条形码 */
  barcode?: string;
  /** 商品叶子类目，参见taobao.omniitem.category.get接口返回值cid */
  cat_id: Int64Input;
  /** 商品描述 */
  desc: string;
  /** 扩展字段 */
  extend_attr?: string;
  /** 商品图片，最少1张，最多5张 */
  images?: TaobaoOmniitemItemPublishItemLightPublishImageDtoInput[];
  /** 操作人 */
  operator?: string;
  /** 商家编码 */
  outer_id?: string;
  /** 销售价 */
  pretium?: string;
  /** 吊牌价 */
  price: string;
  /** sku信息 */
  skus: TaobaoOmniitemItemPublishItemLightPublishSkuDtoInput[];
  /** 商品卖点 */
  subtitle: string;
  /** 商品标题 */
  title: string;
}

/** `ItemLightPublishImageDto` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemLightPublishImageDtoInput {
  /** 图片空间URL */
  url?: string;
}

/** `ItemLightPublishSkuDto` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemLightPublishSkuDtoInput {
  /** sku条形码 */
  sku_barcode?: string;
  /** sku扩展字段 */
  extend_attr?: string;
  /** sku销售价 */
  pretium?: string;
  /** sku吊牌价 */
  price: string;
  /** sku销售属性 */
  sale_props: TaobaoOmniitemItemPublishItemLightPublishSalePropDtoInput[];
  /** sku商家编码 */
  sku_outer_id?: string;
}

/** `ItemLightPublishSalePropDto` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemLightPublishSalePropDtoInput {
  /** 销售属性pid，参见taobao.omniitem.category.get接口返回值 */
  pid: Int64Input;
  /** 销售属性值 */
  value: string;
}

/** `ItemLightPublishResult` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemLightPublishResult2 {
  /** 错误码 */
  code?: string;
  /** data */
  data?: TaobaoOmniitemItemPublishItemLightPublishResult;
  /** 错误信息 */
  message?: string;
}

/** `ItemLightPublishResult` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemLightPublishResult {
  /** 重复商品信息 */
  duplicate_infos?: TaobaoOmniitemItemPublishItemSkuDuplicateInfo[];
  /** 新建的itemId */
  item_id?: Int64;
  /** 新建的skuId信息，json格式的map，key为新建的skuId，value为入参对应的outerId和barcode */
  sku_ids?: string;
}

/** `ItemSkuDuplicateInfo` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemSkuDuplicateInfo {
  /** barcode */
  barcode?: string;
  /** 重复商品详情列表，如果重复商品过多，目前只展示部分 */
  duplicate_details?: TaobaoOmniitemItemPublishItemSkuDuplicateDetail[];
  /** duplicateSize */
  duplicate_size?: Int64;
  /** outerId */
  outer_id?: string;
  /** skuBarcode */
  sku_barcode?: string;
  /** skuOuterId */
  sku_outer_id?: string;
}

/** `ItemSkuDuplicateDetail` of `taobao.omniitem.item.publish`. */
export interface TaobaoOmniitemItemPublishItemSkuDuplicateDetail {
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

/** Static description of `taobao.omniitem.item.publish`: method, response root, request and response schemas. */
export const taobaoOmniitemItemPublishOperation = {
  method: 'taobao.omniitem.item.publish',
  responseRoot: 'omniitem_item_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 全渠道门店商品轻发布 — calls TOP method `taobao.omniitem.item.publish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOmniitemItemPublish(
  client: TopClient,
  request: TaobaoOmniitemItemPublishRequest,
  options?: CallOptions,
): Promise<TaobaoOmniitemItemPublishResponse> {
  return client.call<TaobaoOmniitemItemPublishResponse>(
    {
      method: 'taobao.omniitem.item.publish',
      responseRoot: 'omniitem_item_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
