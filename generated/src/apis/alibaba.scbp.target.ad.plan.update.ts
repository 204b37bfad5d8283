// Generated from specs/scbp/alibaba.scbp.target.ad.plan.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.update` (定向推广-更新推广计划的基础信息). */
export interface AlibabaScbpTargetAdPlanUpdateRequest {
  /** TopP4pBasicQuickCampaign */
  top_p4p_basic_quick_campaign: AlibabaScbpTargetAdPlanUpdateTopP4pBasicQuickCampaignInput;
}

/** Response of `alibaba.scbp.target.ad.plan.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanUpdateResponse {
  /** true修改成功，false修改失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pBasicQuickCampaign` of `alibaba.scbp.target.ad.plan.update`. */
export interface AlibabaScbpTargetAdPlanUpdateTopP4pBasicQuickCampaignInput {
  /** 出价区间-上限(一位小数，不低于3.0) */
  max_price?: string;
  /** 出价区间-下限(一位小数) */
  min_price?: string;
  /** 计划每日预算 */
  budget?: Int64Input;
  /** 计划标题 */
  title?: string;
  /** 推广计划id */
  campaign_id: Int64Input;
}

const REQUEST_SCHEMA = {
  top_p4p_basic_quick_campaign: {
    max_price: 'String',
    min_price: 'String',
    budget: 'Number',
    title: 'String',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.update`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanUpdateOperation = {
  method: 'alibaba.scbp.target.ad.plan.update',
  responseRoot: 'alibaba_scbp_target_ad_plan_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-更新推广计划的基础信息 — calls TOP method `alibaba.scbp.target.ad.plan.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanUpdate(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanUpdateResponse> {
  return client.call<AlibabaScbpTargetAdPlanUpdateResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.update',
      responseRoot: 'alibaba_scbp_target_ad_plan_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
