// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.product.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.product.list` (供应链渠道中心淘外分销品批量查询(分销商专用)). */
export interface AlibabaAscpChannelDistributorProductListRequest {
  /** 列表请求 */
  product_list_request?: AlibabaAscpChannelDistributorProductListProductlistrequestInput;
}

/** Response of `alibaba.ascp.channel.distributor.product.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorProductListResponse {
  /** 返回值包装,result为返回具体消息内容 */
  product_list_response?: AlibabaAscpChannelDistributorProductListResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Productlistrequest` of `alibaba.ascp.channel.distributor.product.list`. */
export interface AlibabaAscpChannelDistributorProductListProductlistrequestInput {
  /** 经营模式 */
  sales_mode?: string[];
  /** 渠道编码 */
  channel_code: string;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 页码 */
  page_no?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 商家编码 */
  merchant_code?: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.distributor.product.list`. */
export interface AlibabaAscpChannelDistributorProductListResultWrapper {
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 返回是否成功 */
  success?: boolean;
  /** 返回值对象 */
  data?: AlibabaAscpChannelDistributorProductListData;
}

/** `Data` of `alibaba.ascp.channel.distributor.product.list`. */
export interface AlibabaAscpChannelDistributorProductListData {
  /** 返回值总数 */
  total_count?: Int64;
  /** 产品列表 */
  products?: AlibabaAscpChannelDistributorProductListProducts[];
}

/** `Products` of `alibaba.ascp.channel.distributor.product.list`. */
export interface AlibabaAscpChannelDistributorProductListProducts {
  /** 经营模式 */
  sales_modes?: string[];
  /** 图片 */
  pictures?: string[];
  /** 产品标题 */
  product_title?: string;
  /** 产品id */
  product_id?: string;
}

const REQUEST_SCHEMA = {
  product_list_request: {
    sales_mode: ['String'],
    channel_code: 'String',
    sub_channel_code: 'String',
    page_no: 'Number',
    page_size: 'Number',
    merchant_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_list_response: {
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
    data: {
      total_count: 'Number',
      products: [
        {
          sales_modes: ['String'],
          pictures: ['String'],
          product_title: 'String',
          product_id: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.distributor.product.list`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorProductListOperation = {
  method: 'alibaba.ascp.channel.distributor.product.list',
  responseRoot: 'alibaba_ascp_channel_distributor_product_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应链渠道中心淘外分销品批量查询(分销商专用) — calls TOP method `alibaba.ascp.channel.distributor.product.list`.
 *
 * 此api为淘外分销的品批量查询标准api，淘外分销商专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorProductList(
  client: TopClient,
  request: AlibabaAscpChannelDistributorProductListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorProductListResponse> {
  return client.call<AlibabaAscpChannelDistributorProductListResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.product.list',
      responseRoot: 'alibaba_ascp_channel_distributor_product_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
