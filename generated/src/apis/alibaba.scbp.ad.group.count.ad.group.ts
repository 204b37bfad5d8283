// Generated from specs/scbp/alibaba.scbp.ad.group.count.ad.group.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.count.ad.group` (统计adgroup数量). */
export interface AlibabaScbpAdGroupCountAdGroupRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupCountAdGroupTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 查询条件 */
  ad_group_query: AlibabaScbpAdGroupCountAdGroupAdGroupQueryDtoInput;
}

/** Response of `alibaba.scbp.ad.group.count.ad.group`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupCountAdGroupResponse {
  /** 返回结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.count.ad.group`. */
export interface AlibabaScbpAdGroupCountAdGroupTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `AdGroupQueryDto` of `alibaba.scbp.ad.group.count.ad.group`. */
export interface AlibabaScbpAdGroupCountAdGroupAdGroupQueryDtoInput {
  /** adgroup上下线状态 */
  adgroup_online_status?: Int64Input;
  /** FEED上下线状态 */
  feed_online_status?: Int64Input;
  /** 最小曝光数量 */
  min_impr_cnt?: Int64Input;
  /** 新品成长 如果是1，则是爆品潜力品 */
  hot_potential_product?: Int64Input;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  ad_group_query: {
    adgroup_online_status: 'Number',
    feed_online_status: 'Number',
    min_impr_cnt: 'Number',
    hot_potential_product: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.group.count.ad.group`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupCountAdGroupOperation = {
  method: 'alibaba.scbp.ad.group.count.ad.group',
  responseRoot: 'alibaba_scbp_ad_group_count_ad_group_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 统计adgroup数量 — calls TOP method `alibaba.scbp.ad.group.count.ad.group`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupCountAdGroup(
  client: TopClient,
  request: AlibabaScbpAdGroupCountAdGroupRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupCountAdGroupResponse> {
  return client.call<AlibabaScbpAdGroupCountAdGroupResponse>(
    {
      method: 'alibaba.scbp.ad.group.count.ad.group',
      responseRoot: 'alibaba_scbp_ad_group_count_ad_group_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
