// Generated from specs/tmallservice/tmall.servicecenter.workcard.logisticsorder.tpcancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.logisticsorder.tpcancel` (tp更新物流进度信息). */
export interface TmallServicecenterWorkcardLogisticsorderTpcancelRequest {
  /** 工单IdList */
  workcard_id_list: Int64Input;
  /** 实际履行服务商nick */
  real_tp_nick: string;
  /** 取消原因 */
  comment: string;
}

/** Response of `tmall.servicecenter.workcard.logisticsorder.tpcancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardLogisticsorderTpcancelResponse {
  /** 返回结果 */
  result?: TmallServicecenterWorkcardLogisticsorderTpcancelFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.logisticsorder.tpcancel`. */
export interface TmallServicecenterWorkcardLogisticsorderTpcancelFulfilplatformResult {
  /** 失败原因 */
  display_msg?: string;
  /** 错误码 */
  msg_code?: string;
  /** true 成功，false 失败 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  workcard_id_list: 'Number',
  real_tp_nick: 'String',
  comment: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    msg_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.logisticsorder.tpcancel`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardLogisticsorderTpcancelOperation = {
  method: 'tmall.servicecenter.workcard.logisticsorder.tpcancel',
  responseRoot: 'tmall_servicecenter_workcard_logisticsorder_tpcancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tp更新物流进度信息 — calls TOP method `tmall.servicecenter.workcard.logisticsorder.tpcancel`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardLogisticsorderTpcancel(
  client: TopClient,
  request: TmallServicecenterWorkcardLogisticsorderTpcancelRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardLogisticsorderTpcancelResponse> {
  return client.call<TmallServicecenterWorkcardLogisticsorderTpcancelResponse>(
    {
      method: 'tmall.servicecenter.workcard.logisticsorder.tpcancel',
      responseRoot: 'tmall_servicecenter_workcard_logisticsorder_tpcancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
