// Generated from specs/tmallsc/tmall.servicecenter.workcard.logisticsinfo.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.logisticsinfo.update` (物流单信息回传接口). */
export interface TmallServicecenterWorkcardLogisticsinfoUpdateRequest {
  /** create, pickup_finished 揽收完成， signed 签收 */
  status_code: string;
  /** 外部单据id */
  outer_id?: string;
  /** 物流单id */
  logistics_order_id: Int64Input;
  /** 物流单号 */
  express_code?: string;
  /** 物流公司 */
  express_company?: string;
  /** 快递员手机号 */
  courier_mobile?: string;
  /** 快递员名称 */
  courier_name?: string;
  /** 扩展信息 */
  extend_info?: string | Record<string, unknown>;
  /** 揽收完成时间 */
  pickup_finish_time?: DateInput;
  /** 揽收上门确认时间 */
  pickup_door_time?: DateInput;
  /** 签收时间 */
  sign_time?: DateInput;
}

/** Response of `tmall.servicecenter.workcard.logisticsinfo.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardLogisticsinfoUpdateResponse {
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  status_code: 'String',
  outer_id: 'String',
  logistics_order_id: 'Number',
  express_code: 'String',
  express_company: 'String',
  courier_mobile: 'String',
  courier_name: 'String',
  extend_info: 'Json',
  pickup_finish_time: 'Date',
  pickup_door_time: 'Date',
  sign_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.logisticsinfo.update`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardLogisticsinfoUpdateOperation = {
  method: 'tmall.servicecenter.workcard.logisticsinfo.update',
  responseRoot: 'tmall_servicecenter_workcard_logisticsinfo_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 物流单信息回传接口 — calls TOP method `tmall.servicecenter.workcard.logisticsinfo.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardLogisticsinfoUpdate(
  client: TopClient,
  request: TmallServicecenterWorkcardLogisticsinfoUpdateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardLogisticsinfoUpdateResponse> {
  return client.call<TmallServicecenterWorkcardLogisticsinfoUpdateResponse>(
    {
      method: 'tmall.servicecenter.workcard.logisticsinfo.update',
      responseRoot: 'tmall_servicecenter_workcard_logisticsinfo_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
