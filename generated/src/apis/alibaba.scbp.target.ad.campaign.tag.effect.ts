// Generated from specs/scbp/alibaba.scbp.target.ad.campaign.tag.effect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.campaign.tag.effect` (定向推广-获取推广计划定向效果数据). */
export interface AlibabaScbpTargetAdCampaignTagEffectRequest {
  /** 效果数据 */
  top_p4p_quick_effect_query?: AlibabaScbpTargetAdCampaignTagEffectTopP4pQuickEffectQueryInput;
}

/** Response of `alibaba.scbp.target.ad.campaign.tag.effect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdCampaignTagEffectResponse {
  /** 定向标签数据 */
  effect_list?: AlibabaScbpTargetAdCampaignTagEffectTopP4pQuickTagEffectView[];
  /** 总条数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pQuickEffectQuery` of `alibaba.scbp.target.ad.campaign.tag.effect`. */
export interface AlibabaScbpTargetAdCampaignTagEffectTopP4pQuickEffectQueryInput {
  /** 填写推广计划名字，单独返回某个计划的数据 */
  campaign_title?: string;
  /** 查询类型，crowd(人群)，region(地域) */
  tag_type: string;
  /** 若查询类型为人群，需要填写此字段 1（潜在访问偏好） 2（潜在采购意向） 3（店铺老客） 4（优选人群） */
  tag_label?: Int64Input;
  /** 开始时间 当inteval=7或30的时候 不需要填写，当inteval=1时需要填写（开始结束时间区间不允许大于180天） */
  end_date?: string;
  /** 结束时间 当inteval=7或30的时候 不需要填写，当inteval=1时需要填写（开始结束时间区间不允许大于180天） */
  begin_date?: string;
  /** 区间 只能为1 7 30 */
  interval?: Int64Input;
}

/** `TopP4pQuickTagEffectView` of `alibaba.scbp.target.ad.campaign.tag.effect`. */
export interface AlibabaScbpTargetAdCampaignTagEffectTopP4pQuickTagEffectView {
  /** 标签id(潜在访问偏好和潜在采购意向返回的是类目id，店铺老客和优选人群返回的是字符串) */
  tag_id?: string;
  /** 标签名字 */
  tag_name?: string;
  /** 平均点击出价 */
  cpc?: string;
  /** 点击率 */
  ctr?: string;
  /** 消耗金额，单位元 */
  cost?: string;
  /** 点击数 */
  click_cnt?: string;
  /** 曝光量 */
  impression_cnt?: string;
}

const REQUEST_SCHEMA = {
  top_p4p_quick_effect_query: {
    campaign_title: 'String',
    tag_type: 'String',
    tag_label: 'Number',
    end_date: 'String',
    begin_date: 'String',
    interval: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  effect_list: [
    {
      tag_id: 'String',
      tag_name: 'String',
      cpc: 'String',
      ctr: 'String',
      cost: 'String',
      click_cnt: 'String',
      impression_cnt: 'String',
    },
  ],
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.campaign.tag.effect`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdCampaignTagEffectOperation = {
  method: 'alibaba.scbp.target.ad.campaign.tag.effect',
  responseRoot: 'alibaba_scbp_target_ad_campaign_tag_effect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-获取推广计划定向效果数据 — calls TOP method `alibaba.scbp.target.ad.campaign.tag.effect`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdCampaignTagEffect(
  client: TopClient,
  request: AlibabaScbpTargetAdCampaignTagEffectRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdCampaignTagEffectResponse> {
  return client.call<AlibabaScbpTargetAdCampaignTagEffectResponse>(
    {
      method: 'alibaba.scbp.target.ad.campaign.tag.effect',
      responseRoot: 'alibaba_scbp_target_ad_campaign_tag_effect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
