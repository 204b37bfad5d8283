// Generated from specs/vaccin/alibaba.health.vaccin.notice.user.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.user.create` (支付宝医疗健康疫苗用户创建). */
export interface AlibabaHealthVaccinNoticeUserCreateRequest {
  /** 支付宝用户id */
  ali_pay_user_id: string;
  /** 外部渠道用户id */
  outer_user_id?: string;
  /** 用户电话号码 */
  mobile?: string;
}

/** Response of `alibaba.health.vaccin.notice.user.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeUserCreateResponse {
  /** 结果集 */
  model?: boolean;
  /** 返回描述 */
  msg_info?: string;
  /** 返回码 */
  msg_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  ali_pay_user_id: 'String',
  outer_user_id: 'String',
  mobile: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.notice.user.create`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeUserCreateOperation = {
  method: 'alibaba.health.vaccin.notice.user.create',
  responseRoot: 'alibaba_health_vaccin_notice_user_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 支付宝医疗健康疫苗用户创建 — calls TOP method `alibaba.health.vaccin.notice.user.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeUserCreate(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeUserCreateRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeUserCreateResponse> {
  return client.call<AlibabaHealthVaccinNoticeUserCreateResponse>(
    {
      method: 'alibaba.health.vaccin.notice.user.create',
      responseRoot: 'alibaba_health_vaccin_notice_user_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
