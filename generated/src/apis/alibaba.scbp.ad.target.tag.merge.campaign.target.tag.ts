// Generated from specs/scbp/alibaba.scbp.ad.target.tag.merge.campaign.target.tag.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.target.tag.merge.campaign.target.tag` (标签增删改). */
export interface AlibabaScbpAdTargetTagMergeCampaignTargetTagRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdTargetTagMergeCampaignTargetTagTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 标签数据，json格式。 最外层key：人群标签crowd/地域标签region、priceMode，第二层key: 增add、删del、改mod，第三层key：optionValue、bidRate、tagId eg: 删除：{"crowd":{"del":[{"tagId":3595769030}]}} 修改：{"crowd":{"mod":[{"optionValue":"high_potential_order_user","bidRate":"151"}]}} 增加：{"crowd":{"add":[{"optionValue":"user_area_CA","bidRate":"133"}]}} */
  data: string;
}

/** Response of `alibaba.scbp.ad.target.tag.merge.campaign.target.tag`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdTargetTagMergeCampaignTargetTagResponse {
  /** 返回值 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.target.tag.merge.campaign.target.tag`. */
export interface AlibabaScbpAdTargetTagMergeCampaignTargetTagTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.target.tag.merge.campaign.target.tag`: method, response root, request and response schemas. */
export const alibabaScbpAdTargetTagMergeCampaignTargetTagOperation = {
  method: 'alibaba.scbp.ad.target.tag.merge.campaign.target.tag',
  responseRoot: 'alibaba_scbp_ad_target_tag_merge_campaign_target_tag_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 标签增删改 — calls TOP method `alibaba.scbp.ad.target.tag.merge.campaign.target.tag`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdTargetTagMergeCampaignTargetTag(
  client: TopClient,
  request: AlibabaScbpAdTargetTagMergeCampaignTargetTagRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdTargetTagMergeCampaignTargetTagResponse> {
  return client.call<AlibabaScbpAdTargetTagMergeCampaignTargetTagResponse>(
    {
      method: 'alibaba.scbp.ad.target.tag.merge.campaign.target.tag',
      responseRoot: 'alibaba_scbp_ad_target_tag_merge_campaign_target_tag_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
