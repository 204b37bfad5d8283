// Generated from specs/cainiaolocker/cainiao.nbadd.appointdeliver.feedbackcodes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.nbadd.appointdeliver.feedbackcodes` (服务质量反馈编码列表). */
export interface CainiaoNbaddAppointdeliverFeedbackcodesRequest {}

/** Response of `cainiao.nbadd.appointdeliver.feedbackcodes`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoNbaddAppointdeliverFeedbackcodesResponse {
  /** 错误描述 */
  result_desc?: string;
  /** 错误编码 */
  result_code?: string;
  /** 接口调用是否成功 */
  is_success?: boolean;
  /** 返回的具体数据 */
  result_list?: CainiaoNbaddAppointdeliverFeedbackcodesFeedbackCodeDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FeedbackCodeDto` of `cainiao.nbadd.appointdeliver.feedbackcodes`. */
export interface CainiaoNbaddAppointdeliverFeedbackcodesFeedbackCodeDto {
  /** 异常反馈编码 */
  feedback_code?: string;
  /** 异常反馈编码描述 */
  feedback_desc?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_desc: 'String',
  result_code: 'String',
  is_success: 'Boolean',
  result_list: [
    {
      feedback_code: 'String',
      feedback_desc: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `cainiao.nbadd.appointdeliver.feedbackcodes`: method, response root, request and response schemas. */
export const cainiaoNbaddAppointdeliverFeedbackcodesOperation = {
  method: 'cainiao.nbadd.appointdeliver.feedbackcodes',
  responseRoot: 'cainiao_nbadd_appointdeliver_feedbackcodes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务质量反馈编码列表 — calls TOP method `cainiao.nbadd.appointdeliver.feedbackcodes`.
 *
 * 服务质量反馈编码列表，建议获取数据后缓存在本地，定时刷新即可
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoNbaddAppointdeliverFeedbackcodes(
  client: TopClient,
  request: CainiaoNbaddAppointdeliverFeedbackcodesRequest = {},
  options?: CallOptions,
): Promise<CainiaoNbaddAppointdeliverFeedbackcodesResponse> {
  return client.call<CainiaoNbaddAppointdeliverFeedbackcodesResponse>(
    {
      method: 'cainiao.nbadd.appointdeliver.feedbackcodes',
      responseRoot: 'cainiao_nbadd_appointdeliver_feedbackcodes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
