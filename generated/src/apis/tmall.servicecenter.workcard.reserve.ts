// Generated from specs/tmallservice/tmall.servicecenter.workcard.reserve.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.reserve` (工单预约). */
export interface TmallServicecenterWorkcardReserveRequest {
  /** 工单id */
  workcard_id?: Int64Input;
  /** 请求来源类型 */
  type?: Int64Input;
  /** 服务开始时间 */
  reserve_time_start?: DateInput;
  /** 服务结束时间 */
  reserve_time_end?: DateInput;
  /** 工人手机号 */
  worker_mobile?: string;
  /** 预约备注信息 */
  reserve_remark?: string;
  /** 工人姓名 */
  worker_name?: string;
  /** 扩展信息 */
  attributes?: string;
  /** 存在多个不同预约节点时需要回传。用于区分具体是哪个预约节点，例如预约上门鉴定和预约上门取件 */
  action?: string;
  /** 履约类型，上门或者到店 */
  fulfil_type?: string;
  /** 门店编码 */
  service_store_code?: string;
  /** 门店名称 */
  service_store_name?: string;
  /** 核销单id */
  fulfil_task_id?: Int64Input;
  /** 原因code */
  reason_code?: Int64Input;
  /** 原因desc */
  reason_desc?: string;
}

/** Response of `tmall.servicecenter.workcard.reserve`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardReserveResponse {
  /** 调用结果 */
  result?: TmallServicecenterWorkcardReserveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.workcard.reserve`. */
export interface TmallServicecenterWorkcardReserveResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  type: 'Number',
  reserve_time_start: 'Date',
  reserve_time_end: 'Date',
  worker_mobile: 'String',
  reserve_remark: 'String',
  worker_name: 'String',
  attributes: 'String',
  action: 'String',
  fulfil_type: 'String',
  service_store_code: 'String',
  service_store_name: 'String',
  fulfil_task_id: 'Number',
  reason_code: 'Number',
  reason_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.reserve`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardReserveOperation = {
  method: 'tmall.servicecenter.workcard.reserve',
  responseRoot: 'tmall_servicecenter_workcard_reserve_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单预约 — calls TOP method `tmall.servicecenter.workcard.reserve`.
 *
 * 服务工单更新通用接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardReserve(
  client: TopClient,
  request: TmallServicecenterWorkcardReserveRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardReserveResponse> {
  return client.call<TmallServicecenterWorkcardReserveResponse>(
    {
      method: 'tmall.servicecenter.workcard.reserve',
      responseRoot: 'tmall_servicecenter_workcard_reserve_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
