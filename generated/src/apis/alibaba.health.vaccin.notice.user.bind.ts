// Generated from specs/vaccin/alibaba.health.vaccin.notice.user.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.user.bind` (支付宝疫苗绑定接种人). */
export interface AlibabaHealthVaccinNoticeUserBindRequest {
  /** 支付宝ID */
  alipay_user_id: string;
  /**
   * 绑定人信息list
   *
   * Max list size: 999
   */
  bind_users?: AlibabaHealthVaccinNoticeUserBindAlipayVaccineUserBindDtoInput[];
  /** ISV 侧用户 ID */
  outer_user_id?: string;
  /** 联系电话 */
  mobile?: string;
  /** 用户来源：alipay或yl */
  app_channel?: string;
}

/** Response of `alibaba.health.vaccin.notice.user.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeUserBindResponse {
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

/** `AlipayVaccineUserBindDto` of `alibaba.health.vaccin.notice.user.bind`. */
export interface AlibabaHealthVaccinNoticeUserBindAlipayVaccineUserBindDtoInput {
  /** 预约日期：2019-02-08 严格按照 */
  reserve_date?: string;
  /** 年龄类型(1-宝宝2-成人) */
  age_type?: string;
  /** 接种点编码 */
  pov_no?: string;
  /** 绑定人姓名 */
  name?: string;
  /** ISV 侧接种人 ID */
  isv_user_id?: string;
  /** 接种点名称 */
  pov_name?: string;
  /** 接种人出生日期 */
  birthday?: string;
}

const REQUEST_SCHEMA = {
  alipay_user_id: 'String',
  bind_users: [
    {
      reserve_date: 'String',
      age_type: 'String',
      pov_no: 'String',
      name: 'String',
      isv_user_id: 'String',
      pov_name: 'String',
      birthday: 'String',
    },
  ],
  outer_user_id: 'String',
  mobile: 'String',
  app_channel: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.notice.user.bind`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeUserBindOperation = {
  method: 'alibaba.health.vaccin.notice.user.bind',
  responseRoot: 'alibaba_health_vaccin_notice_user_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝疫苗绑定接种人 — calls TOP method `alibaba.health.vaccin.notice.user.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeUserBind(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeUserBindRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeUserBindResponse> {
  return client.call<AlibabaHealthVaccinNoticeUserBindResponse>(
    {
      method: 'alibaba.health.vaccin.notice.user.bind',
      responseRoot: 'alibaba_health_vaccin_notice_user_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
