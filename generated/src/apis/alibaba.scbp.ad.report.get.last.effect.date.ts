// Generated from specs/scbp/alibaba.scbp.ad.report.get.last.effect.date.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.report.get.last.effect.date` (获取最近报表生成时间). */
export interface AlibabaScbpAdReportGetLastEffectDateRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdReportGetLastEffectDateTopContextDtoInput;
}

/** Response of `alibaba.scbp.ad.report.get.last.effect.date`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdReportGetLastEffectDateResponse {
  /** 报表最近生成时间 */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.report.get.last.effect.date`. */
export interface AlibabaScbpAdReportGetLastEffectDateTopContextDtoInput {
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.report.get.last.effect.date`: method, response root, request and response schemas. */
export const alibabaScbpAdReportGetLastEffectDateOperation = {
  method: 'alibaba.scbp.ad.report.get.last.effect.date',
  responseRoot: 'alibaba_scbp_ad_report_get_last_effect_date_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取最近报表生成时间 — calls TOP method `alibaba.scbp.ad.report.get.last.effect.date`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdReportGetLastEffectDate(
  client: TopClient,
  request: AlibabaScbpAdReportGetLastEffectDateRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdReportGetLastEffectDateResponse> {
  return client.call<AlibabaScbpAdReportGetLastEffectDateResponse>(
    {
      method: 'alibaba.scbp.ad.report.get.last.effect.date',
      responseRoot: 'alibaba_scbp_ad_report_get_last_effect_date_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
