// Generated from specs/scbp/alibaba.scbp.target.ad.plan.forbidden.word.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.target.ad.plan.forbidden.word.modify` (定向推广-新增或删除屏蔽词). */
export interface AlibabaScbpTargetAdPlanForbiddenWordModifyRequest {
  /** TopP4pQuickForbiddenWord */
  top_p4p_quick_forbidden_word: AlibabaScbpTargetAdPlanForbiddenWordModifyTopP4pQuickForbiddenWordDtoInput;
}

/** Response of `alibaba.scbp.target.ad.plan.forbidden.word.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpTargetAdPlanForbiddenWordModifyResponse {
  /** true修改成功，fasle修改失败 */
  result?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopP4pQuickForbiddenWordDto` of `alibaba.scbp.target.ad.plan.forbidden.word.modify`. */
export interface AlibabaScbpTargetAdPlanForbiddenWordModifyTopP4pQuickForbiddenWordDtoInput {
  /** 屏蔽词 */
  forbidden_word: string[];
  /** 1代表新增屏蔽词，2代表删除屏蔽词 */
  action: Int64Input;
  /** 定向推广计划ID */
  campaign_id: Int64Input;
}

const REQUEST_SCHEMA = {
  top_p4p_quick_forbidden_word: {
    forbidden_word: ['String'],
    action: 'Number',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.target.ad.plan.forbidden.word.modify`: method, response root, request and response schemas. */
export const alibabaScbpTargetAdPlanForbiddenWordModifyOperation = {
  method: 'alibaba.scbp.target.ad.plan.forbidden.word.modify',
  responseRoot: 'alibaba_scbp_target_ad_plan_forbidden_word_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 定向推广-新增或删除屏蔽词 — calls TOP method `alibaba.scbp.target.ad.plan.forbidden.word.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpTargetAdPlanForbiddenWordModify(
  client: TopClient,
  request: AlibabaScbpTargetAdPlanForbiddenWordModifyRequest,
  options?: CallOptions,
): Promise<AlibabaScbpTargetAdPlanForbiddenWordModifyResponse> {
  return client.call<AlibabaScbpTargetAdPlanForbiddenWordModifyResponse>(
    {
      method: 'alibaba.scbp.target.ad.plan.forbidden.word.modify',
      responseRoot: 'alibaba_scbp_target_ad_plan_forbidden_word_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
