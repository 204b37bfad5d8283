// Generated from specs/scbp/alibaba.scbp.target.ad.campaign.product.effect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.campaign.product.effect` (定向推广-获取计划中产品推广效果). */
export interface AlibabaScbpTargetAdCampaignProductEffectRequest {
  /** TopP4pQuickEffectQuery */
  top_p4p_quick_effect_query: AlibabaScbpTargetAdCampaignProductEffectTopP4pQuickEffectQueryInput;
}

/** Response of `alibaba.scbp.target.ad.campaign.product.effect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdCampaignProductEffectResponse {
  /** 产品数据 */
  product_list?: AlibabaScbpTargetAdCampaignProductEffectTopP4pQuickProductEffectView[];
  /** 总页数 */
  total_page?: Int64;
  /** 总个数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pQuickEffectQuery` of `alibaba.scbp.target.ad.campaign.product.effect`. */
export interface AlibabaScbpTargetAdCampaignProductEffectTopP4pQuickEffectQueryInput {
  /** 结束时间 当inteval=7或30的时候 不需要填写，当inteval=1时需要填写（开始结束时间区间不允许大于180天） */
  end_date?: string;
  /** 开始时间 当inteval=7或30的时候 不需要填写，当inteval=1时需要填写（开始结束时间区间不允许大于180天） */
  begin_date?: string;
  /** 区间 只能为1 7 30 */
  interval: Int64Input;
  /** 第几页 */
  to_page: Int64Input;
  /** 每页行数 */
  per_page_size: Int64Input;
  /** asc(顺序),desc(倒序) */
  order_type?: string;
  /** 排序字段 impression(曝光) click（点击数） ctr（点击率） cost（消耗金额） cpc（平均点击消耗） */
  order_field?: string;
  /** 商品名称(可以通过传入商品名称，返回指定商品的数据) */
  product_name?: string;
}

/** `TopP4pQuickProductEffectView` of `alibaba.scbp.target.ad.campaign.product.effect`. */
export interface AlibabaScbpTargetAdCampaignProductEffectTopP4pQuickProductEffectView {
  /** 产品名称 */
  product_name?: string;
  /** 产品id */
  product_id?: Int64;
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
}

const REQUEST_SCHEMA = {
  top_p4p_quick_effect_query: {
    end_date: 'String',
    begin_date: 'String',
    interval: 'Number',
    to_page: 'Number',
    per_page_size: 'Number',
    order_type: 'String',
    order_field: 'String',
    product_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  product_list: [
    {
      product_name: 'String',
      product_id: 'Number',
      cpc: 'String',
      ctr: 'String',
      cost: 'String',
      click_cnt: 'String',
      impression_cnt: 'String',
    },
  ],
  total_page: 'Number',
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.campaign.product.effect`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdCampaignProductEffectOperation = {
  method: 'alibaba.scbp.target.ad.campaign.product.effect',
  responseRoot: 'alibaba_scbp_target_ad_campaign_product_effect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-获取计划中产品推广效果 — calls TOP method `alibaba.scbp.target.ad.campaign.product.effect`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdCampaignProductEffect(
  client: TopClient,
  request: AlibabaScbpTargetAdCampaignProductEffectRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdCampaignProductEffectResponse> {
  return client.call<AlibabaScbpTargetAdCampaignProductEffectResponse>(
    {
      method: 'alibaba.scbp.target.ad.campaign.product.effect',
      responseRoot: 'alibaba_scbp_target_ad_campaign_product_effect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
