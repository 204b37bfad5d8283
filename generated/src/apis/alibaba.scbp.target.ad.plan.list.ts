// Generated from specs/scbp/alibaba.scbp.target.ad.plan.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.list` (定向推广-查询定向推广计划列表并返回计划基础信息). */
export interface AlibabaScbpTargetAdPlanListRequest {
  /** TopP4pQuickCampaignQuery */
  top_p4p_quick_campaign_query: AlibabaScbpTargetAdPlanListTopP4pQuickCampaignQueryDtoInput;
}

/** Response of `alibaba.scbp.target.ad.plan.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanListResponse {
  /** 定向推广计划列表 */
  quick_campaign_list?: AlibabaScbpTargetAdPlanListTopP4pBasicQuickCampaignView[];
  /** 总页数 */
  total_page?: Int64;
  /** 总个数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pQuickCampaignQueryDto` of `alibaba.scbp.target.ad.plan.list`. */
export interface AlibabaScbpTargetAdPlanListTopP4pQuickCampaignQueryDtoInput {
  /** 第几页 */
  to_page: Int64Input;
  /** 每页返回数量 */
  per_page_size: Int64Input;
}

/** `TopP4pBasicQuickCampaignView` of `alibaba.scbp.target.ad.plan.list`. */
export interface AlibabaScbpTargetAdPlanListTopP4pBasicQuickCampaignView {
  /** 屏蔽词列表 */
  forbidden_words?: string[];
  /** 计划每日预算 */
  budget?: Int64;
  /** 出价区间-上限 */
  max_price?: string;
  /** 出价区间-下限 */
  min_price?: string;
  /** 推广商品数量 */
  product_count?: Int64;
  /** 计划状态(0暂停、1推广中、-1点爆) */
  status?: Int64;
  /** 计划标题 */
  title?: string;
  /** 定向推广计划ID */
  campaign_id?: Int64;
}

const REQUEST_SCHEMA = {
  top_p4p_quick_campaign_query: {
    to_page: 'Number',
    per_page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  quick_campaign_list: [
    {
      forbidden_words: ['String'],
      budget: 'Number',
      max_price: 'String',
      min_price: 'String',
      product_count: 'Number',
      status: 'Number',
      title: 'String',
      campaign_id: 'Number',
    },
  ],
  total_page: 'Number',
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.list`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanListOperation = {
  method: 'alibaba.scbp.target.ad.plan.list',
  responseRoot: 'alibaba_scbp_target_ad_plan_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-查询定向推广计划列表并返回计划基础信息 — calls TOP method `alibaba.scbp.target.ad.plan.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanList(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanListRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanListResponse> {
  return client.call<AlibabaScbpTargetAdPlanListResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.list',
      responseRoot: 'alibaba_scbp_target_ad_plan_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
