// Generated from specs/wdk/alibaba.wdk.sku.combinesku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.sku.combinesku.query` (组合商品查询接口). */
export interface AlibabaWdkSkuCombineskuQueryRequest {
  /** 请求参数 */
  param: AlibabaWdkSkuCombineskuQuerySkuQueryDOInput;
}

/** Response of `alibaba.wdk.sku.combinesku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSkuCombineskuQueryResponse {
  /** 调用结果 */
  result?: AlibabaWdkSkuCombineskuQueryApiResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SkuQueryDO` of `alibaba.wdk.sku.combinesku.query`. */
export interface AlibabaWdkSkuCombineskuQuerySkuQueryDOInput {
  /** 门店或DC编码,如果填写了渠道店id，该字段会被忽略 */
  ou_code?: string;
  /** 渠道编码（默认4）,如果填写了渠道店id，该字段会被忽略 */
  channel_code?: string;
  /** 商品编码（多个条码用英文逗号隔开，最多支持20个） */
  sku_codes: string[];
  /** 渠道店id */
  shop_id?: string;
}

/** `ApiResults` of `alibaba.wdk.sku.combinesku.query`. */
export interface AlibabaWdkSkuCombineskuQueryApiResults {
  /** 接口调用是否成功 */
  success?: boolean;
  /** 接口调用异常编码 */
  err_code?: string;
  /** 接口调用异常信息 */
  err_msg?: string;
  /** 商品列表 */
  models?: AlibabaWdkSkuCombineskuQueryApiResult[];
}

/** `ApiResult` of `alibaba.wdk.sku.combinesku.query`. */
export interface AlibabaWdkSkuCombineskuQueryApiResult {
  /** 单个商品是否查询成功 */
  success?: boolean;
  /** 单个商品查询异常编码（异常才有值） */
  err_code?: string;
  /** 单个商品查询异常信息（异常才有值） */
  err_msg?: string;
  /** 商品信息 */
  model?: AlibabaWdkSkuCombineskuQuerySkuDo;
}

/** `SkuDo` of `alibaba.wdk.sku.combinesku.query`. */
export interface AlibabaWdkSkuCombineskuQuerySkuDo {
  /** 商品唯一编码，不可修改 */
  sku_code?: string;
  /** 商品名称，对商品直观的描述，通常包含了品牌、规格等信息 */
  sku_name?: string;
  /** 主图 */
  main_pic_urls?: string;
  /** 门店或DC编码 */
  ou_code?: string;
  /** 详情图片地址（多个图片用英文逗号分割） */
  detail_pic_urls?: string;
  /** 商品价格（单位元） */
  sale_price?: string;
  /** 条码（支持一品多码，多个条码以英文逗号分隔） */
  barcodes?: string;
  /** 是否app可售（1可售，0不可售，默认0） */
  allow_app_sale?: Int64;
  /** 线上生效开始时间 */
  app_effect_begin_time?: string;
  /** 线上生效过期时间 */
  app_effect_end_time?: string;
  /** 子商品信息 */
  sub_skus?: AlibabaWdkSkuCombineskuQuerySubSkuDo[];
  /** 商家类目编码 */
  category_code?: string;
  /** 盒马类目编码 */
  hm_category_code?: string;
  /** 销售规格 */
  sale_spec?: string;
  /** 商品价格（单位分） */
  sale_price_unit_cent?: Int64;
}

/** `SubSkuDo` of `alibaba.wdk.sku.combinesku.query`. */
export interface AlibabaWdkSkuCombineskuQuerySubSkuDo {
  /** 子商品编码（需要先有子商品） */
  sub_sku_code?: string;
  /** 子商品数量 */
  sub_sku_num?: string;
}

const REQUEST_SCHEMA = {
  param: {
    ou_code: 'String',
    channel_code: 'String',
    sku_codes: ['String'],
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_msg: 'String',
    models: [
      {
        success: 'Boolean',
        err_code: 'String',
        err_msg: 'String',
        model: {
          sku_code: 'String',
          sku_name: 'String',
          main_pic_urls: 'String',
          ou_code: 'String',
          detail_pic_urls: 'String',
          sale_price: 'String',
          barcodes: 'String',
          allow_app_sale: 'Number',
          app_effect_begin_time: 'Date',
          app_effect_end_time: 'Date',
          sub_skus: [
            {
              sub_sku_code: 'String',
              sub_sku_num: 'String',
            },
          ],
          category_code: 'String',
          hm_category_code: 'String',
          sale_spec: 'String',
          sale_price_unit_cent: 'Number',
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.sku.combinesku.query`: method, response root, request and response schemas. */
export const alibabaWdkSkuCombineskuQueryOperation = {
  method: 'alibaba.wdk.sku.combinesku.query',
  responseRoot: 'alibaba_wdk_sku_combinesku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 组合商品查询接口 — calls TOP method `alibaba.wdk.sku.combinesku.query`.
 *
 * 查询组合商品接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSkuCombineskuQuery(
  client: TopClient,
  request: AlibabaWdkSkuCombineskuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkSkuCombineskuQueryResponse> {
  return client.call<AlibabaWdkSkuCombineskuQueryResponse>(
    {
      method: 'alibaba.wdk.sku.combinesku.query',
      responseRoot: 'alibaba_wdk_sku_combinesku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
