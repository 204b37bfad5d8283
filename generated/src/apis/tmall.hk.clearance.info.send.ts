// Generated from specs/tmallhk/tmall.hk.clearance.info.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.hk.clearance.info.send` (清关信息回调通知). */
export interface TmallHkClearanceInfoSendRequest {
  /** 清关信息 */
  order_clearance_info_request?: TmallHkClearanceInfoSendOrderClearanceInfoRequestInput;
}

/** Response of `tmall.hk.clearance.info.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallHkClearanceInfoSendResponse {
  /** 错误原因 */
  msg_info?: string;
  /** 错误编码 */
  msg_code?: string;
  /** 操作是否成功 */
  msg_success?: boolean;
  /** 接口调用是否成功 */
  msg_obj?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderClearanceInfoRequest` of `tmall.hk.clearance.info.send`. */
export interface TmallHkClearanceInfoSendOrderClearanceInfoRequestInput {
  /** 清关结果编码放行/000开头 清关失败/100开头 */
  clearance_result_code?: string;
  /** 清关口岸代码 */
  clearance_port_no?: string;
  /** 清关状态 1清关发起中回调 2 清关结果回调 */
  clearance_status?: Int64Input;
  /** 业务清关触发时间 */
  clearance_time?: DateInput;
  /** 订单ID */
  order_id?: Int64Input;
  /** 海关放行的清单编号 */
  customs_pass_no?: string;
  /** 海关回执 */
  customs_return_receipt?: string;
  /** 实名信息幂等健，来源于清关材料接口 */
  idempotent: string;
}

const REQUEST_SCHEMA = {
  order_clearance_info_request: {
    clearance_result_code: 'String',
    clearance_port_no: 'String',
    clearance_status: 'Number',
    clearance_time: 'Date',
    order_id: 'Number',
    customs_pass_no: 'String',
    customs_return_receipt: 'String',
    idempotent: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  msg_info: 'String',
  msg_code: 'String',
  msg_success: 'Boolean',
  msg_obj: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.hk.clearance.info.send`: method, response root, request and response schemas. */
export const tmallHkClearanceInfoSendOperation = {
  method: 'tmall.hk.clearance.info.send',
  responseRoot: 'tmall_hk_clearance_info_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 清关信息回调通知 — calls TOP method `tmall.hk.clearance.info.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallHkClearanceInfoSend(
  client: TopClient,
  request: TmallHkClearanceInfoSendRequest = {},
  options?: CallOptions,
): Promise<TmallHkClearanceInfoSendResponse> {
  return client.call<TmallHkClearanceInfoSendResponse>(
    {
      method: 'tmall.hk.clearance.info.send',
      responseRoot: 'tmall_hk_clearance_info_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
