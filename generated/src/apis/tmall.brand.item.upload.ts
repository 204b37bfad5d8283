// Generated from specs/tmalltrend/tmall.brand.item.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.brand.item.upload` (天猫品牌新品同步API). */
export interface TmallBrandItemUploadRequest {
  /**
   * 需要同步的商品列表
   *
   * Max list size: 1000
   */
  item_list: TmallBrandItemUploadTmallBrandChannelNewItemInput[];
}

/** Response of `tmall.brand.item.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallBrandItemUploadResponse {
  /** 是否成功 */
  resp_success?: boolean;
  /** 请求参数错误 */
  resp_error_code?: Int64;
  /** 返回结果 */
  value?: string;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TmallBrandChannelNewItem` of `tmall.brand.item.upload`. */
export interface TmallBrandItemUploadTmallBrandChannelNewItemInput {
  /** 商品sku在渠道的库存 */
  channel_quantity?: Int64Input;
  /** 渠道商品id */
  channel_item_id?: Int64Input;
  /** 天猫品牌名称 */
  brand_name: string;
  /** 发售渠道名称 */
  channel: string;
  /** 渠道商品skuId */
  channel_sku_id?: Int64Input;
  /** 在渠道的发售时间 */
  channel_publish_time: DateInput;
  /** 是否天猫同款 */
  tmall_same: boolean;
  /** 天猫商品id */
  item_id: Int64Input;
  /** 天猫商品名称 */
  item_name: string;
  /** 渠道商品名称 */
  channel_item_name?: string;
  /** 商品sku在渠道的图片 */
  channel_item_picts?: string[];
  /** 商品sku在渠道对应的属性对，格式为k1:v1;k2:v2 */
  channel_properties?: string;
  /** 天猫品牌id */
  brand_id: Int64Input;
  /** 商品sku在渠道的发售价格 */
  channel_item_price?: string;
  /** barcode码 */
  barcode?: string;
  /** 天猫商品skuId */
  sku_id?: Int64Input;
  /** 渠道的发售区域 */
  channel_publish_area: string;
}

const REQUEST_SCHEMA = {
  item_list: [
    {
      channel_quantity: 'Number',
      channel_item_id: 'Number',
      brand_name: 'String',
      channel: 'String',
      channel_sku_id: 'Number',
      channel_publish_time: 'Date',
      tmall_same: 'Boolean',
      item_id: 'Number',
      item_name: 'String',
      channel_item_name: 'String',
      channel_item_picts: ['String'],
      channel_properties: 'String',
      brand_id: 'Number',
      channel_item_price: 'String',
      barcode: 'String',
      sku_id: 'Number',
      channel_publish_area: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  resp_success: 'Boolean',
  resp_error_code: 'Number',
  value: 'String',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.brand.item.upload`: method, response root, request and response schemas. */
export const tmallBrandItemUploadOperation = {
  method: 'tmall.brand.item.upload',
  responseRoot: 'tmall_brand_item_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫品牌新品同步API — calls TOP method `tmall.brand.item.upload`.
 *
 * 支撑天猫品牌将各渠道新品信息同步至平台
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallBrandItemUpload(
  client: TopClient,
  request: TmallBrandItemUploadRequest,
  options?: CallOptions,
): Promise<TmallBrandItemUploadResponse> {
  return client.call<TmallBrandItemUploadResponse>(
    {
      method: 'tmall.brand.item.upload',
      responseRoot: 'tmall_brand_item_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
