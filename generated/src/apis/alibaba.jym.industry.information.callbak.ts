// Generated from specs/product/alibaba.jym.industry.information.callbak.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.industry.information.callbak` (VMOS回调行业信息系统). */
export interface AlibabaJymIndustryInformationCallbakRequest {
  /** 任务ID */
  task_id: string;
  /** 幂等ID */
  biz_id: string;
  /** 状态 */
  status: Int64Input;
  /** 内容 */
  content?: string;
}

/** Response of `alibaba.jym.industry.information.callbak`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymIndustryInformationCallbakResponse {
  /** 状态码 */
  state_code?: string;
  /** 扩展错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  task_id: 'String',
  biz_id: 'String',
  status: 'Number',
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.industry.information.callbak`: method, response root, request and response schemas. */
export const alibabaJymIndustryInformationCallbakOperation = {
  method: 'alibaba.jym.industry.information.callbak',
  responseRoot: 'alibaba_jym_industry_information_callbak_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * VMOS回调行业信息系统 — calls TOP method `alibaba.jym.industry.information.callbak`.
 *
 * VMOS回调交易猫行业信息系统
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymIndustryInformationCallbak(
  client: TopClient,
  request: AlibabaJymIndustryInformationCallbakRequest,
  options?: CallOptions,
): Promise<AlibabaJymIndustryInformationCallbakResponse> {
  return client.call<AlibabaJymIndustryInformationCallbakResponse>(
    {
      method: 'alibaba.jym.industry.information.callbak',
      responseRoot: 'alibaba_jym_industry_information_callbak_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
