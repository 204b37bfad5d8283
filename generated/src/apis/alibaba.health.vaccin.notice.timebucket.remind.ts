// Generated from specs/vaccin/alibaba.health.vaccin.notice.timebucket.remind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.timebucket.remind` (疫苗预约时间段提醒). */
export interface AlibabaHealthVaccinNoticeTimebucketRemindRequest {
  /** 432421 */
  alipay_user_id: string;
  /** 疫苗名称 */
  vaccine_name?: string;
  /** 预约日期：2019-02-08 严格按照 */
  reserve_date: string;
  /** 接种人姓名 */
  name?: string;
  /** 针次 */
  the_times?: string;
  /** 接种点名称（通知方） */
  pov_store_name?: string;
  /** 可预约时段 */
  reserve_time?: string;
  /** 用户授权的手机号 */
  mobile?: string;
}

/** Response of `alibaba.health.vaccin.notice.timebucket.remind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeTimebucketRemindResponse {
  /** 执行是否成功 */
  is_success?: boolean;
  /** 错误code */
  msg_code?: string;
  /** 错误描述 */
  msg_info?: string;
  /** 结果 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alipay_user_id: 'String',
  vaccine_name: 'String',
  reserve_date: 'String',
  name: 'String',
  the_times: 'String',
  pov_store_name: 'String',
  reserve_time: 'String',
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.notice.timebucket.remind`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeTimebucketRemindOperation = {
  method: 'alibaba.health.vaccin.notice.timebucket.remind',
  responseRoot: 'alibaba_health_vaccin_notice_timebucket_remind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗预约时间段提醒 — calls TOP method `alibaba.health.vaccin.notice.timebucket.remind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeTimebucketRemind(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeTimebucketRemindRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeTimebucketRemindResponse> {
  return client.call<AlibabaHealthVaccinNoticeTimebucketRemindResponse>(
    {
      method: 'alibaba.health.vaccin.notice.timebucket.remind',
      responseRoot: 'alibaba_health_vaccin_notice_timebucket_remind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
