// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.product.select.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.product.select` (供应链渠道中心品的选品接口（淘外分销商专用）). */
export interface AlibabaAscpChannelDistributorProductSelectRequest {
  /** 选品请求 */
  select_product_request?: AlibabaAscpChannelDistributorProductSelectProductLinkRequestInput;
}

/** Response of `alibaba.ascp.channel.distributor.product.select`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorProductSelectResponse {
  /** 返回是否成功 */
  result_success?: boolean;
  /** 系统自动生成 */
  error_message?: string;
  /** 系统自动生成 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ProductLinkRequest` of `alibaba.ascp.channel.distributor.product.select`. */
export interface AlibabaAscpChannelDistributorProductSelectProductLinkRequestInput {
  /** 分销商商品 ID */
  out_item_id: string;
  /** sku 列表 */
  sku_list: AlibabaAscpChannelDistributorProductSelectProductSkuLinkDTOInput[];
  /** 供应商产品 id */
  product_id: string;
  /** 经营模式 */
  sales_mode?: string;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道编码 */
  channel_code: string;
}

/** `ProductSkuLinkDTO` of `alibaba.ascp.channel.distributor.product.select`. */
export interface AlibabaAscpChannelDistributorProductSelectProductSkuLinkDTOInput {
  /** 分销商商品 skuid */
  out_sku_id: string;
  /** 供应商产品 skuId */
  sku_id: string;
}

const REQUEST_SCHEMA = {
  select_product_request: {
    out_item_id: 'String',
    sku_list: [
      {
        out_sku_id: 'String',
        sku_id: 'String',
      },
    ],
    product_id: 'String',
    sales_mode: 'String',
    sub_channel_code: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_success: 'Boolean',
  error_message: 'String',
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.distributor.product.select`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorProductSelectOperation = {
  method: 'alibaba.ascp.channel.distributor.product.select',
  responseRoot: 'alibaba_ascp_channel_distributor_product_select_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链渠道中心品的选品接口（淘外分销商专用） — calls TOP method `alibaba.ascp.channel.distributor.product.select`.
 *
 * 此api为淘外分销的品的选品标准api，淘外分销商专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorProductSelect(
  client: TopClient,
  request: AlibabaAscpChannelDistributorProductSelectRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorProductSelectResponse> {
  return client.call<AlibabaAscpChannelDistributorProductSelectResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.product.select',
      responseRoot: 'alibaba_ascp_channel_distributor_product_select_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
