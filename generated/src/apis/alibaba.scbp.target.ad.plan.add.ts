// Generated from specs/scbp/alibaba.scbp.target.ad.plan.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.add` (定向推广-新建计划). */
export interface AlibabaScbpTargetAdPlanAddRequest {
  /** 定向推广基础信息 */
  top_p4p_basic_quick_campaign?: AlibabaScbpTargetAdPlanAddBasicQuickCampaignInput;
}

/** Response of `alibaba.scbp.target.ad.plan.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanAddResponse {
  /** 计划ID */
  campaign_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BasicQuickCampaign` of `alibaba.scbp.target.ad.plan.add`. */
export interface AlibabaScbpTargetAdPlanAddBasicQuickCampaignInput {
  /** 出价区间-上限(可以存在1位小数，大于等于3) */
  max_price: string;
  /** 出价区间-下限(可以存在1位小数) */
  min_price: string;
  /** 每日预算,不低于50元 */
  budget: Int64Input;
  /** 计划名称,不能大于20字符 */
  title: string;
}

const REQUEST_SCHEMA = {
  top_p4p_basic_quick_campaign: {
    max_price: 'String',
    min_price: 'String',
    budget: 'Number',
    title: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.add`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanAddOperation = {
  method: 'alibaba.scbp.target.ad.plan.add',
  responseRoot: 'alibaba_scbp_target_ad_plan_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-新建计划 — calls TOP method `alibaba.scbp.target.ad.plan.add`.
 *
 * 定向推广-新建单条计划
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanAdd(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanAddRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanAddResponse> {
  return client.call<AlibabaScbpTargetAdPlanAddResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.add',
      responseRoot: 'alibaba_scbp_target_ad_plan_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
