// Generated from specs/pur/alibaba.pur.product.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.product.sync` (同步产品). */
export interface AlibabaPurProductSyncRequest {
  /**
   * 产品对象
   *
   * Max list size: 20
   */
  access_product_dtos: AlibabaPurProductSyncAccessProductDtoInput[];
}

/** Response of `alibaba.pur.product.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurProductSyncResponse {
  /** 获取url的出参 */
  result?: AlibabaPurProductSyncActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccessProductDto` of `alibaba.pur.product.sync`. */
export interface AlibabaPurProductSyncAccessProductDtoInput {
  /** 分类名称 */
  source_category_name: string;
  /** 租户 */
  tenant_id: Int64Input;
  /** 品类ID */
  catalog_category_id?: Int64Input;
  /** 来源值（产品ID） */
  source_value: string;
  /** 子类型 */
  source_type?: string;
  /** 图片列表 */
  img_url_list?: string[];
  /** 采购员 */
  buyer_work_no?: string;
  /** 来源 */
  data_source: string;
  /** 采购通道 CATALOG, EXTERNAL,QUOTATION_SETTLEMENT, VIRTUAL_PR */
  purchase_channel: string;
  /** 计价方式 AMOUNT QUANTITY BOTH */
  order_type: string;
  /** 采购类别 */
  category_id?: Int64Input;
  /** 采购编码 */
  category_code?: string;
  /** 产品详情 */
  recommendation?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 品牌ID */
  brand_id?: Int64Input;
  /** 额外信息 */
  source_info?: string;
  /** 计价单位 */
  unit: string;
  /** 产品描述 */
  product_desc?: string;
  /** 采购用途 */
  category_use_id?: Int64Input;
  /** 图片存储方式 */
  img_storage_type?: string;
  /** 外部分类 */
  source_category_id: Int64Input;
  /** 产品属性 */
  product_attr_value_list?: AlibabaPurProductSyncAccessProductAttrValueDtoInput[];
  /** 前台类目 */
  front_category_id?: Int64Input;
  /** 产品名称 */
  product_name: string;
  /** 产品跳转链接 */
  mall_url?: string;
}

/** `AccessProductAttrValueDto` of `alibaba.pur.product.sync`. */
export interface AlibabaPurProductSyncAccessProductAttrValueDtoInput {
  /** 属性Key英文值 */
  attr_en_name?: string;
  /** 属性Key中文值 */
  attr_name?: string;
  /** 属性Value值英文 */
  attr_en_value_name_list?: string[];
  /** 属性Value值中文 */
  attr_value_name_list?: string[];
  /** 属性描述 */
  attr_desc?: string;
  /** 是否关键属性y/n */
  is_key?: string;
}

/** `ActionResult` of `alibaba.pur.product.sync`. */
export interface AlibabaPurProductSyncActionResult {
  /** 返回提示信息 */
  message?: string;
  /** 错误码 */
  error?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 返回值 */
  ret_value?: string;
}

const REQUEST_SCHEMA = {
  access_product_dtos: [
    {
      source_category_name: 'String',
      tenant_id: 'Number',
      catalog_category_id: 'Number',
      source_value: 'String',
      source_type: 'String',
      img_url_list: ['String'],
      buyer_work_no: 'String',
      data_source: 'String',
      purchase_channel: 'String',
      order_type: 'String',
      category_id: 'Number',
      category_code: 'String',
      recommendation: 'String',
      brand_name: 'String',
      brand_id: 'Number',
      source_info: 'String',
      unit: 'String',
      product_desc: 'String',
      category_use_id: 'Number',
      img_storage_type: 'String',
      source_category_id: 'Number',
      product_attr_value_list: [
        {
          attr_en_name: 'String',
          attr_name: 'String',
          attr_en_value_name_list: ['String'],
          attr_value_name_list: ['String'],
          attr_desc: 'String',
          is_key: 'String',
        },
      ],
      front_category_id: 'Number',
      product_name: 'String',
      mall_url: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    error: 'String',
    is_success: 'Boolean',
    ret_value: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.product.sync`: method, response root, request and response schemas. */
export const alibabaPurProductSyncOperation = {
  method: 'alibaba.pur.product.sync',
  responseRoot: 'alibaba_pur_product_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步产品 — calls TOP method `alibaba.pur.product.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurProductSync(
  client: TopClient,
  request: AlibabaPurProductSyncRequest,
  options?: CallOptions,
): Promise<AlibabaPurProductSyncResponse> {
  return client.call<AlibabaPurProductSyncResponse>(
    {
      method: 'alibaba.pur.product.sync',
      responseRoot: 'alibaba_pur_product_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
