// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.inventory.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.inventory.get` (链渠道中心淘外库存查询). */
export interface AlibabaAscpChannelDistributorInventoryGetRequest {
  /** 入参 */
  inventory_request?: AlibabaAscpChannelDistributorInventoryGetChannelInventoryQueryInput;
}

/** Response of `alibaba.ascp.channel.distributor.inventory.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorInventoryGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpChannelDistributorInventoryGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChannelInventoryQuery` of `alibaba.ascp.channel.distributor.inventory.get`. */
export interface AlibabaAscpChannelDistributorInventoryGetChannelInventoryQueryInput {
  /** 产品ID */
  product_id?: string;
  /** 二级渠道 */
  sub_channel_code: string;
  /** skuId */
  sku_id?: string;
  /** 默认不需传 */
  product_type?: string;
  /** 一级渠道 */
  channel_code: string;
  /** 省 */
  province_name?: string;
  /** 市 */
  city_name?: string;
  /** 区 */
  area_name?: string;
}

/** `ResultDto` of `alibaba.ascp.channel.distributor.inventory.get`. */
export interface AlibabaAscpChannelDistributorInventoryGetResultDto {
  /** 调用链路ID */
  trace_id?: string;
  /** 执行结果 */
  success?: boolean;
  /** 结果 */
  datas?: AlibabaAscpChannelDistributorInventoryGetChannelInventoryDto[];
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `ChannelInventoryDto` of `alibaba.ascp.channel.distributor.inventory.get`. */
export interface AlibabaAscpChannelDistributorInventoryGetChannelInventoryDto {
  /** 库存数量 */
  quantity?: string;
  /** 产品ID */
  product_id?: string;
  /** 二级渠道 */
  sub_channel_code?: string;
  /** skuId */
  sku_id?: string;
  /** 市场 */
  channel_code?: string;
}

const REQUEST_SCHEMA = {
  inventory_request: {
    product_id: 'String',
    sub_channel_code: 'String',
    sku_id: 'String',
    product_type: 'String',
    channel_code: 'String',
    province_name: 'String',
    city_name: 'String',
    area_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    trace_id: 'String',
    success: 'Boolean',
    datas: [
      {
        quantity: 'String',
        product_id: 'String',
        sub_channel_code: 'String',
        sku_id: 'String',
        channel_code: 'String',
      },
    ],
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.distributor.inventory.get`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorInventoryGetOperation = {
  method: 'alibaba.ascp.channel.distributor.inventory.get',
  responseRoot: 'alibaba_ascp_channel_distributor_inventory_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 链渠道中心淘外库存查询 — calls TOP method `alibaba.ascp.channel.distributor.inventory.get`.
 *
 * 此api为淘外分销的渠道产品库存查询标准api，淘外分销商专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorInventoryGet(
  client: TopClient,
  request: AlibabaAscpChannelDistributorInventoryGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorInventoryGetResponse> {
  return client.call<AlibabaAscpChannelDistributorInventoryGetResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.inventory.get',
      responseRoot: 'alibaba_ascp_channel_distributor_inventory_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
