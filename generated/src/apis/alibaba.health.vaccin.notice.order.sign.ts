// Generated from specs/vaccin/alibaba.health.vaccin.notice.order.sign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.order.sign` (福州疫苗签到成功通知). */
export interface AlibabaHealthVaccinNoticeOrderSignRequest {
  /** 支付宝用户id */
  alipay_user_id: string;
  /** 预约id */
  order_id: string;
}

/** Response of `alibaba.health.vaccin.notice.order.sign`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeOrderSignResponse {
  /** 结果集 */
  model?: boolean;
  /** 返回码 */
  msg_info?: string;
  /** 返回描述 */
  msg_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alipay_user_id: 'String',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.health.vaccin.notice.order.sign`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeOrderSignOperation = {
  method: 'alibaba.health.vaccin.notice.order.sign',
  responseRoot: 'alibaba_health_vaccin_notice_order_sign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 福州疫苗签到成功通知 — calls TOP method `alibaba.health.vaccin.notice.order.sign`.
 *
 * 福州疫苗用户签到成功记录
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeOrderSign(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeOrderSignRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeOrderSignResponse> {
  return client.call<AlibabaHealthVaccinNoticeOrderSignResponse>(
    {
      method: 'alibaba.health.vaccin.notice.order.sign',
      responseRoot: 'alibaba_health_vaccin_notice_order_sign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
