// Generated from specs/ascpchannel/alibaba.ascp.channel.distributor.product.distribute.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.channel.distributor.product.distribute` (分销商基于渠道产品铺货到商品). */
export interface AlibabaAscpChannelDistributorProductDistributeRequest {
  /** 请求参数 */
  item_distribute_publish_request: AlibabaAscpChannelDistributorProductDistributeItemDistributePublishRequestInput;
}

/** Response of `alibaba.ascp.channel.distributor.product.distribute`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpChannelDistributorProductDistributeResponse {
  /** 返回值包装 */
  result?: AlibabaAscpChannelDistributorProductDistributeResultWrapper;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDistributePublishRequest` of `alibaba.ascp.channel.distributor.product.distribute`. */
export interface AlibabaAscpChannelDistributorProductDistributeItemDistributePublishRequestInput {
  /** 渠道产品id */
  source_product_id: Int64Input;
  /** 二级渠道编码 */
  sub_channel_code: string;
  /** 渠道编码 */
  channel_code: string;
}

/** `ResultWrapper` of `alibaba.ascp.channel.distributor.product.distribute`. */
export interface AlibabaAscpChannelDistributorProductDistributeResultWrapper {
  /** 执行结果 */
  success?: boolean;
  /** 商品id */
  data?: Int64;
  /** 错误码 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  item_distribute_publish_request: {
    source_product_id: 'Number',
    sub_channel_code: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: 'Number',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.channel.distributor.product.distribute`: method, response root, request and response schemas. */
export const alibabaAscpChannelDistributorProductDistributeOperation = {
  method: 'alibaba.ascp.channel.distributor.product.distribute',
  responseRoot: 'alibaba_ascp_channel_distributor_product_distribute_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商基于渠道产品铺货到商品 — calls TOP method `alibaba.ascp.channel.distributor.product.distribute`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpChannelDistributorProductDistribute(
  client: TopClient,
  request: AlibabaAscpChannelDistributorProductDistributeRequest,
  options?: CallOptions,
): Promise<AlibabaAscpChannelDistributorProductDistributeResponse> {
  return client.call<AlibabaAscpChannelDistributorProductDistributeResponse>(
    {
      method: 'alibaba.ascp.channel.distributor.product.distribute',
      responseRoot: 'alibaba_ascp_channel_distributor_product_distribute_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
