// Generated from specs/scbp/alibaba.scbp.ad.campaign.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.campaign.create` (创建计划). */
export interface AlibabaScbpAdCampaignCreateRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdCampaignCreateTopContextDtoInput;
  /** 返回数据 */
  campaign_operation?: AlibabaScbpAdCampaignCreateCampaignOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.campaign.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdCampaignCreateResponse {
  /** 计划id */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.campaign.create`. */
export interface AlibabaScbpAdCampaignCreateTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `CampaignOperationDto` of `alibaba.scbp.ad.campaign.create`. */
export interface AlibabaScbpAdCampaignCreateCampaignOperationDtoInput {
  /** 计划类型 */
  type: Int64Input;
  /** 标题 */
  title: string;
  /** 计划状态 */
  online_status?: Int64Input;
  /** 出价模式 * value =1 为智能出价 * value =2 为手动出价 */
  bid_type?: Int64Input;
  /** 最小价格 */
  min_price?: string;
  /** 最大价格 */
  max_price?: string;
  /** 计划子类型 */
  sub_type?: string;
  /** 预算 */
  budget?: string;
  /** 周预算状态 on:开启 off:关闭 */
  week_budget_status?: string;
  /** 扩展匹配：on：开启 off：关闭 */
  sync_ext_match_conf: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_operation: {
    type: 'Number',
    title: 'String',
    online_status: 'Number',
    bid_type: 'Number',
    min_price: 'String',
    max_price: 'String',
    sub_type: 'String',
    budget: 'String',
    week_budget_status: 'String',
    sync_ext_match_conf: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.campaign.create`: method, response root, request and response schemas. */
export const alibabaScbpAdCampaignCreateOperation = {
  method: 'alibaba.scbp.ad.campaign.create',
  responseRoot: 'alibaba_scbp_ad_campaign_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建计划 — calls TOP method `alibaba.scbp.ad.campaign.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdCampaignCreate(
  client: TopClient,
  request: AlibabaScbpAdCampaignCreateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdCampaignCreateResponse> {
  return client.call<AlibabaScbpAdCampaignCreateResponse>(
    {
      method: 'alibaba.scbp.ad.campaign.create',
      responseRoot: 'alibaba_scbp_ad_campaign_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
