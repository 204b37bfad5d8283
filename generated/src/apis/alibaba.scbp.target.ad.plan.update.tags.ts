// Generated from specs/scbp/alibaba.scbp.target.ad.plan.update.tags.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.update.tags` (定向推广 按照id操作推广计划的定向溢价标签，包括新增，删除和更新). */
export interface AlibabaScbpTargetAdPlanUpdateTagsRequest {
  /** 系统生成 */
  param_top_p4p_modify_quick_campaign_tag_d_t_o?: AlibabaScbpTargetAdPlanUpdateTagsTopP4pModifyQuickCampaignTagDtoInput;
}

/** Response of `alibaba.scbp.target.ad.plan.update.tags`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanUpdateTagsResponse {
  /** 修改记录数量 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pModifyQuickCampaignTagDto` of `alibaba.scbp.target.ad.plan.update.tags`. */
export interface AlibabaScbpTargetAdPlanUpdateTagsTopP4pModifyQuickCampaignTagDtoInput {
  /** 操作类型，1=修改定向溢价，2=创建定向标签，3=删除定向标签 */
  action?: Int64Input;
  /** 定向溢价比例，(100,400]，新增/修改有效 */
  bid_rate?: Int64Input;
  /** 计划ID */
  campaign_id?: Int64Input;
  /** 定向标签编码，新增/修改有效 */
  option_value?: string;
  /** 定向ID，删除有效 */
  tag_id?: Int64Input;
  /** 定向类型，新增/修改有效，1=类目访客，2=类目询盘，3=固定标签，比如本店、高MOQ等，4=地域定向 */
  tag_type?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_top_p4p_modify_quick_campaign_tag_d_t_o: {
    action: 'Number',
    bid_rate: 'Number',
    campaign_id: 'Number',
    option_value: 'String',
    tag_id: 'Number',
    tag_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.update.tags`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanUpdateTagsOperation = {
  method: 'alibaba.scbp.target.ad.plan.update.tags',
  responseRoot: 'alibaba_scbp_target_ad_plan_update_tags_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广 按照id操作推广计划的定向溢价标签，包括新增，删除和更新 — calls TOP method `alibaba.scbp.target.ad.plan.update.tags`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanUpdateTags(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanUpdateTagsRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanUpdateTagsResponse> {
  return client.call<AlibabaScbpTargetAdPlanUpdateTagsResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.update.tags',
      responseRoot: 'alibaba_scbp_target_ad_plan_update_tags_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
