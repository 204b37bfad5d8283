// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.product.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.product.detail` (获取供应链渠道中心品的详情接口（淘外分销商专用）). */
export interface AlibabaAscpChannelDistributorProductDetailRequest {
  /** 产品详情查询入参 */
  product_detail_request: AlibabaAscpChannelDistributorProductDetailProductDetailQueryRequestForDistributorInput;
}

/** Response of `alibaba.ascp.channel.distributor.product.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorProductDetailResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpChannelDistributorProductDetailResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductDetailQueryRequestForDistributor` of `alibaba.ascp.channel.distributor.product.detail`. */
export interface AlibabaAscpChannelDistributorProductDetailProductDetailQueryRequestForDistributorInput {
  /** 产品 id */
  product_id: string;
  /** 是否查询sku信息 */
  include_sku?: boolean;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道编码 */
  channel_code: string;
  /** 商家编码 */
  merchant_code?: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.distributor.product.detail`. */
export interface AlibabaAscpChannelDistributorProductDetailResultWrapper {
  /** 返回信息 */
  data?: AlibabaAscpChannelDistributorProductDetailProductDetailDTO;
  /** 执行结果 */
  result_success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error?: string;
}

/** `ProductDetailDTO` of `alibaba.ascp.channel.distributor.product.detail`. */
export interface AlibabaAscpChannelDistributorProductDetailProductDetailDTO {
  /** sku 列表 */
  product_sku_detail?: AlibabaAscpChannelDistributorProductDetailProductSkuDetailDTO[];
  /** 透明白底图 */
  white_bg_picture?: string;
  /** 产品 id */
  product_id?: string;
  /** 富文本详描 */
  desc_rich_text?: string;
  /** 经营模式 */
  sales_modes?: string[];
  /** 二级渠道编码 */
  sub_channel_code?: string;
  /** 产品图片链接 */
  pictures?: string[];
  /** 产品标题 */
  product_title?: string;
  /** 产品销售属性 */
  properties?: string[];
  /** 类目 */
  category?: string;
  /** 品牌 */
  brand?: string;
  /** 渠道编码 */
  channel_code?: string;
  /** 品牌 id */
  brand_id?: string;
  /** 类目 id */
  category_id?: string;
  /** 素材扩展信息 */
  materials_map?: string;
}

/** `ProductSkuDetailDTO` of `alibaba.ascp.channel.distributor.product.detail`. */
export interface AlibabaAscpChannelDistributorProductDetailProductSkuDetailDTO {
  /** sku 销售属性 */
  properties?: string[];
  /** skuId */
  sku_id?: string;
  /** sku图片链接 */
  picture?: string[];
}

const REQUEST_SCHEMA = {
  product_detail_request: {
    product_id: 'String',
    include_sku: 'Boolean',
    sub_channel_code: 'String',
    channel_code: 'String',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      product_sku_detail: [
        {
          properties: ['String'],
          sku_id: 'String',
          picture: ['String'],
        },
      ],
      white_bg_picture: 'String',
      product_id: 'String',
      desc_rich_text: 'String',
      sales_modes: ['String'],
      sub_channel_code: 'String',
      pictures: ['String'],
      product_title: 'String',
      properties: ['String'],
      category: 'String',
      brand: 'String',
      channel_code: 'String',
      brand_id: 'String',
      category_id: 'String',
      materials_map: 'String',
    },
    result_success: 'Boolean',
    error_message: 'String',
    error: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.distributor.product.detail`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorProductDetailOperation = {
  method: 'alibaba.ascp.channel.distributor.product.detail',
  responseRoot: 'alibaba_ascp_channel_distributor_product_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取供应链渠道中心品的详情接口（淘外分销商专用） — calls TOP method `alibaba.ascp.channel.distributor.product.detail`.
 *
 * 此api为淘外分销的品批量查询标准api，淘外分销商专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorProductDetail(
  client: TopClient,
  request: AlibabaAscpChannelDistributorProductDetailRequest,
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorProductDetailResponse> {
  return client.call<AlibabaAscpChannelDistributorProductDetailResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.product.detail',
      responseRoot: 'alibaba_ascp_channel_distributor_product_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
