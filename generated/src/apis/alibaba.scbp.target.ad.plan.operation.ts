// Generated from specs/scbp/alibaba.scbp.target.ad.plan.operation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.operation` (定向推广-计划开启/暂停/删除). */
export interface AlibabaScbpTargetAdPlanOperationRequest {
  /** TopP4pModifyQuickCampaignDTO */
  top_p4p_modify_quick_campaign_d_t_o: AlibabaScbpTargetAdPlanOperationTopP4pModifyQuickCampaignDtoInput;
}

/** Response of `alibaba.scbp.target.ad.plan.operation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanOperationResponse {
  /** 修改成功记录数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pModifyQuickCampaignDto` of `alibaba.scbp.target.ad.plan.operation`. */
export interface AlibabaScbpTargetAdPlanOperationTopP4pModifyQuickCampaignDtoInput {
  /** 操作类型，0=计划暂停，1=计划开启，2=计划删除 */
  action: Int64Input;
  /** 计划ID */
  campaign_id: Int64Input;
}

const REQUEST_SCHEMA = {
  top_p4p_modify_quick_campaign_d_t_o: {
    action: 'Number',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.operation`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanOperationOperation = {
  method: 'alibaba.scbp.target.ad.plan.operation',
  responseRoot: 'alibaba_scbp_target_ad_plan_operation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-计划开启/暂停/删除 — calls TOP method `alibaba.scbp.target.ad.plan.operation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanOperation(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanOperationRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanOperationResponse> {
  return client.call<AlibabaScbpTargetAdPlanOperationResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.operation',
      responseRoot: 'alibaba_scbp_target_ad_plan_operation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
