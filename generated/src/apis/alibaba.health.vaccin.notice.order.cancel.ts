// Generated from specs/vaccin/alibaba.health.vaccin.notice.order.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.health.vaccin.notice.order.cancel` (福州疫苗取消预约). */
export interface AlibabaHealthVaccinNoticeOrderCancelRequest {
  /** 支付宝用户id */
  alipay_user_id: string;
  /** 预约id */
  order_id: string;
}

/** Response of `alibaba.health.vaccin.notice.order.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaHealthVaccinNoticeOrderCancelResponse {
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

/** Static description of `alibaba.health.vaccin.notice.order.cancel`: method, response root, request and response schemas. */
export const alibabaHealthVaccinNoticeOrderCancelOperation = {
  method: 'alibaba.health.vaccin.notice.order.cancel',
  responseRoot: 'alibaba_health_vaccin_notice_order_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 福州疫苗取消预约 — calls TOP method `alibaba.health.vaccin.notice.order.cancel`.
 *
 * 福州疫苗用户取消预约接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaHealthVaccinNoticeOrderCancel(
  client: TopClient,
  request: AlibabaHealthVaccinNoticeOrderCancelRequest,
  options?: CallOptions,
): Promise<AlibabaHealthVaccinNoticeOrderCancelResponse> {
  return client.call<AlibabaHealthVaccinNoticeOrderCancelResponse>(
    {
      method: 'alibaba.health.vaccin.notice.order.cancel',
      responseRoot: 'alibaba_health_vaccin_notice_order_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
