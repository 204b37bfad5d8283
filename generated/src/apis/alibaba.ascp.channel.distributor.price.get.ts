// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.price.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.price.get` (链渠道中心淘外分销价格查询(分销商专用)). */
export interface AlibabaAscpChannelDistributorPriceGetRequest {
  /** 价格入参 */
  price_request?: AlibabaAscpChannelDistributorPriceGetPricerequestInput;
}

/** Response of `alibaba.ascp.channel.distributor.price.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorPriceGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpChannelDistributorPriceGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Pricerequest` of `alibaba.ascp.channel.distributor.price.get`. */
export interface AlibabaAscpChannelDistributorPriceGetPricerequestInput {
  /** 产品ID */
  product_id: string;
  /** 价格类型 */
  price_type?: string;
  /** 经营模式 */
  sales_mode?: string;
  /** 二级渠道code */
  sub_channel_code?: string;
  /** 市场code */
  channel_code: string;
}

/** `ResultDto` of `alibaba.ascp.channel.distributor.price.get`. */
export interface AlibabaAscpChannelDistributorPriceGetResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 价格数据 */
  data?: AlibabaAscpChannelDistributorPriceGetTopDistributorPriceResult;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `TopDistributorPriceResult` of `alibaba.ascp.channel.distributor.price.get`. */
export interface AlibabaAscpChannelDistributorPriceGetTopDistributorPriceResult {
  /** 产品ID */
  product_id?: string;
  /** 产品价格详情 */
  product_price?: AlibabaAscpChannelDistributorPriceGetTopChannelPriceDetail;
  /** sku价格详情 */
  sku_prices?: AlibabaAscpChannelDistributorPriceGetTopChannelSkuPrice[];
}

/** `TopChannelPriceDetail` of `alibaba.ascp.channel.distributor.price.get`. */
export interface AlibabaAscpChannelDistributorPriceGetTopChannelPriceDetail {
  /** 币种 */
  currency_price_value?: string;
  /** 价格值 */
  price?: string;
  /** 扩展价格 */
  extend_price?: string;
}

/** `TopChannelSkuPrice` of `alibaba.ascp.channel.distributor.price.get`. */
export interface AlibabaAscpChannelDistributorPriceGetTopChannelSkuPrice {
  /** sku价格 */
  sku_price?: AlibabaAscpChannelDistributorPriceGetSkuPrice;
  /** skuId */
  sku_id?: string;
}

/** `SkuPrice` of `alibaba.ascp.channel.distributor.price.get`. */
export interface AlibabaAscpChannelDistributorPriceGetSkuPrice {
  /** 扩展价格 */
  extend_price?: string;
  /** 价格值 */
  price?: string;
  /** 币种 */
  currency_price_value?: string;
}

const REQUEST_SCHEMA = {
  price_request: {
    product_id: 'String',
    price_type: 'String',
    sales_mode: 'String',
    sub_channel_code: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      product_id: 'String',
      product_price: {
        currency_price_value: 'String',
        price: 'String',
        extend_price: 'String',
      },
      sku_prices: [
        {
          sku_price: {
            extend_price: 'String',
            price: 'String',
            currency_price_value: 'String',
          },
          sku_id: 'String',
        },
      ],
    },
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.distributor.price.get`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorPriceGetOperation = {
  method: 'alibaba.ascp.channel.distributor.price.get',
  responseRoot: 'alibaba_ascp_channel_distributor_price_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 链渠道中心淘外分销价格查询(分销商专用) — calls TOP method `alibaba.ascp.channel.distributor.price.get`.
 *
 * 此api为淘外分销的渠道产品价格查询标准api，淘外分销商专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorPriceGet(
  client: TopClient,
  request: AlibabaAscpChannelDistributorPriceGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorPriceGetResponse> {
  return client.call<AlibabaAscpChannelDistributorPriceGetResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.price.get',
      responseRoot: 'alibaba_ascp_channel_distributor_price_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
