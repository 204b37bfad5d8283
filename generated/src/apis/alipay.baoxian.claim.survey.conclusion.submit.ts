// Generated from specs/baoxian/alipay.baoxian.claim.survey.conclusion.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alipay.baoxian.claim.survey.conclusion.submit` (保险退货服务商勘察结论提交接口). */
export interface AlipayBaoxianClaimSurveyConclusionSubmitRequest {
  /**
   * 勘察结论
   *
   * Max list size: 20
   */
  facilitator_survey_conclusions?: AlipayBaoxianClaimSurveyConclusionSubmitInsFacilitatorSurveyConclusionDtoInput[];
}

/** Response of `alipay.baoxian.claim.survey.conclusion.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlipayBaoxianClaimSurveyConclusionSubmitResponse {
  /** 系统自动生成 */
  result?: AlipayBaoxianClaimSurveyConclusionSubmitAliSceneResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsFacilitatorSurveyConclusionDto` of `alipay.baoxian.claim.survey.conclusion.submit`. */
export interface AlipayBaoxianClaimSurveyConclusionSubmitInsFacilitatorSurveyConclusionDtoInput {
  /** 业务单号 */
  biz_no?: string;
  /** 物流单号 */
  logistics_no?: string;
  /** 勘察附件 */
  survey_attachments?: string;
  /** 勘察结论 */
  survey_conclusion?: string;
  /** 勘察结论描述 */
  survey_conclusion_desc?: string;
  /** 扩展参数 */
  extend_info?: string;
}

/** `AliSceneResult` of `alipay.baoxian.claim.survey.conclusion.submit`. */
export interface AlipayBaoxianClaimSurveyConclusionSubmitAliSceneResult {
  /** 系统自动生成 */
  biz_error_code?: string;
  /** 系统自动生成 */
  biz_error_msg?: string;
  /** 是否成功 */
  biz_success?: boolean;
}

const REQUEST_SCHEMA = {
  facilitator_survey_conclusions: [
    {
      biz_no: 'String',
      logistics_no: 'String',
      survey_attachments: 'String',
      survey_conclusion: 'String',
      survey_conclusion_desc: 'String',
      extend_info: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_error_code: 'String',
    biz_error_msg: 'String',
    biz_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alipay.baoxian.claim.survey.conclusion.submit`: method, response root, request and response schemas. */
export const alipayBaoxianClaimSurveyConclusionSubmitOperation = {
  method: 'alipay.baoxian.claim.survey.conclusion.submit',
  responseRoot: 'alipay_baoxian_claim_survey_conclusion_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保险退货服务商勘察结论提交接口 — calls TOP method `alipay.baoxian.claim.survey.conclusion.submit`.
 *
 * 保险退货服务商提交勘察结论
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alipayBaoxianClaimSurveyConclusionSubmit(
  client: TopClient,
  request: AlipayBaoxianClaimSurveyConclusionSubmitRequest = {},
  options?: CallOptions,
): Promise<AlipayBaoxianClaimSurveyConclusionSubmitResponse> {
  return client.call<AlipayBaoxianClaimSurveyConclusionSubmitResponse>(
    {
      method: 'alipay.baoxian.claim.survey.conclusion.submit',
      responseRoot: 'alipay_baoxian_claim_survey_conclusion_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
