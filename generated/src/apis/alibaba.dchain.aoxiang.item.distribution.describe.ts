// Generated from specs/ascp/alibaba.dchain.aoxiang.item.distribution.describe.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.item.distribution.describe` (分销商品文描). */
export interface AlibabaDchainAoxiangItemDistributionDescribeRequest {
  /** 分销文描入参 */
  create_item_distribution_request: AlibabaDchainAoxiangItemDistributionDescribeMaterialRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.item.distribution.describe`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangItemDistributionDescribeResponse {
  /** 分销文描结果 */
  create_item_distribution_request?: AlibabaDchainAoxiangItemDistributionDescribeTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MaterialRequest` of `alibaba.dchain.aoxiang.item.distribution.describe`. */
export interface AlibabaDchainAoxiangItemDistributionDescribeMaterialRequestInput {
  /** 业务请求时间。时间戳。 毫秒 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 【必传】店铺商品id */
  item_id: string;
  /** 【创建时必传】文描商品标题 [不超过32个中文字符] */
  title?: string;
  /** 【创建时必传】图片URL [建议不超过5个图片，第一个为主图，每个URL不超过256字节] */
  img_url?: string[];
  /** 【创建时必传】商品描述富文本 */
  item_describe_text?: string;
  /** 【创建时必传】移动端商品描述富文本 */
  mobile_item_describe_text?: string;
}

/** `TopResponse` of `alibaba.dchain.aoxiang.item.distribution.describe`. */
export interface AlibabaDchainAoxiangItemDistributionDescribeTopResponse {
  /** 操作码 */
  trace_id?: string;
  /** 错误码 */
  code?: string;
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangItemDistributionDescribeMaterialChangeResponse;
  /** 调用接口是否成功。调用成功之后，需要看data里面的success，才能知道业务处理是否成功 */
  success?: boolean;
  /** 错误信息 */
  message?: string;
}

/** `MaterialChangeResponse` of `alibaba.dchain.aoxiang.item.distribution.describe`. */
export interface AlibabaDchainAoxiangItemDistributionDescribeMaterialChangeResponse {
  /** 处理结果 */
  success?: boolean;
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  create_item_distribution_request: {
    request_time: 'Number',
    request_id: 'String',
    item_id: 'String',
    title: 'String',
    img_url: ['String'],
    item_describe_text: 'String',
    mobile_item_describe_text: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  create_item_distribution_request: {
    trace_id: 'String',
    code: 'String',
    data: {
      success: 'Boolean',
      code: 'String',
      message: 'String',
    },
    success: 'Boolean',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.item.distribution.describe`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangItemDistributionDescribeOperation = {
  method: 'alibaba.dchain.aoxiang.item.distribution.describe',
  responseRoot: 'alibaba_dchain_aoxiang_item_distribution_describe_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销商品文描 — calls TOP method `alibaba.dchain.aoxiang.item.distribution.describe`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangItemDistributionDescribe(
  client: TopClient,
  request: AlibabaDchainAoxiangItemDistributionDescribeRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangItemDistributionDescribeResponse> {
  return client.call<AlibabaDchainAoxiangItemDistributionDescribeResponse>(
    {
      method: 'alibaba.dchain.aoxiang.item.distribution.describe',
      responseRoot: 'alibaba_dchain_aoxiang_item_distribution_describe_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
