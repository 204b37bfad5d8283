// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.inventory.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.inventory.list.get` (批量查询渠道库存). */
export interface AlibabaAscpChannelDistributorInventoryListGetRequest {
  /** 系统自动生成 */
  inventory_request?: AlibabaAscpChannelDistributorInventoryListGetBatchChannelInventoryQueryInput;
}

/** Response of `alibaba.ascp.channel.distributor.inventory.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorInventoryListGetResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: AlibabaAscpChannelDistributorInventoryListGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BatchChannelInventoryQuery` of `alibaba.ascp.channel.distributor.inventory.list.get`. */
export interface AlibabaAscpChannelDistributorInventoryListGetBatchChannelInventoryQueryInput {
  /** 产品Id */
  product_ids: string[];
  /** 二级渠道 */
  sub_channel_code: string;
  /** 默认不传 */
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

/** `ResultDto` of `alibaba.ascp.channel.distributor.inventory.list.get`. */
export interface AlibabaAscpChannelDistributorInventoryListGetResultDto {
  /** 调用链路ID */
  trace_id?: string;
  /** 执行结果 */
  success?: boolean;
  /** 结果 */
  datas?: AlibabaAscpChannelDistributorInventoryListGetChannelInventoryDto[];
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

/** `ChannelInventoryDto` of `alibaba.ascp.channel.distributor.inventory.list.get`. */
export interface AlibabaAscpChannelDistributorInventoryListGetChannelInventoryDto {
  /** 库存数量 */
  quantity?: string;
  /** 产品ID */
  product_id?: string;
  /** 二级渠道 */
  sub_channel_code?: string;
  /** skuId */
  sku_id?: string;
  /** 一级渠道 */
  channel_code?: string;
}

const REQUEST_SCHEMA = {
  inventory_request: {
    product_ids: ['String'],
    sub_channel_code: 'String',
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

/** Static description of `alibaba.ascp.channel.distributor.inventory.list.get`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorInventoryListGetOperation = {
  method: 'alibaba.ascp.channel.distributor.inventory.list.get',
  responseRoot: 'alibaba_ascp_channel_distributor_inventory_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询渠道库存 — calls TOP method `alibaba.ascp.channel.distributor.inventory.list.get`.
 *
 * 淘外分销批量查询渠道产品的库存
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorInventoryListGet(
  client: TopClient,
  request: AlibabaAscpChannelDistributorInventoryListGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorInventoryListGetResponse> {
  return client.call<AlibabaAscpChannelDistributorInventoryListGetResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.inventory.list.get',
      responseRoot: 'alibaba_ascp_channel_distributor_inventory_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
