// Generated from specs/scbp/alibaba.scbp.target.ad.campaign.effect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.campaign.effect` (定向推广-获取计划维度推广效果). */
export interface AlibabaScbpTargetAdCampaignEffectRequest {
  /** 统计区间 只能为1 7 30 */
  interval: Int64Input;
  /** 结束时间 当inteval=7或30的时候 不需要填写，当inteval=1时需要填写（开始结束时间区间不允许大于180天） */
  end_date?: string;
  /** 开始时间 当inteval=7或30的时候 不需要填写，当inteval=1时需要填写（开始结束时间区间不允许大于180天） */
  begin_date?: string;
  /** 当填写时，展示指定id的数据，不填写，则展示全部计划总数据 */
  campaign_id?: Int64Input;
}

/** Response of `alibaba.scbp.target.ad.campaign.effect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdCampaignEffectResponse {
  /** 数据列表 */
  effect_list?: AlibabaScbpTargetAdCampaignEffectTopP4pQuickCampaignEffectView[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pQuickCampaignEffectView` of `alibaba.scbp.target.ad.campaign.effect`. */
export interface AlibabaScbpTargetAdCampaignEffectTopP4pQuickCampaignEffectView {
  /** 推广时长 */
  online_time?: string;
  /** 平均点击花费 */
  cpc?: string;
  /** 点击率 */
  ctr?: string;
  /** 消耗金额，单位元 */
  cost?: string;
  /** 点击量 */
  click_cnt?: string;
  /** 曝光量 */
  impression_cnt?: string;
  /** 日期 */
  date?: string;
}

const REQUEST_SCHEMA = {
  interval: 'Number',
  end_date: 'String',
  begin_date: 'String',
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  effect_list: [
    {
      online_time: 'String',
      cpc: 'String',
      ctr: 'String',
      cost: 'String',
      click_cnt: 'String',
      impression_cnt: 'String',
      date: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.campaign.effect`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdCampaignEffectOperation = {
  method: 'alibaba.scbp.target.ad.campaign.effect',
  responseRoot: 'alibaba_scbp_target_ad_campaign_effect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-获取计划维度推广效果 — calls TOP method `alibaba.scbp.target.ad.campaign.effect`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdCampaignEffect(
  client: TopClient,
  request: AlibabaScbpTargetAdCampaignEffectRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdCampaignEffectResponse> {
  return client.call<AlibabaScbpTargetAdCampaignEffectResponse>(
    {
      method: 'alibaba.scbp.target.ad.campaign.effect',
      responseRoot: 'alibaba_scbp_target_ad_campaign_effect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
