// Generated from specs/bus/taobao.bus.agent.refundticket.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.agent.refundticket.confirm` (商家top回调退款明细). */
export interface TaobaoBusAgentRefundticketConfirmRequest {
  /** 退款入参 */
  param_agent_confirm_refund_r_q?: TaobaoBusAgentRefundticketConfirmAgentConfirmRefundRqInput;
}

/** Response of `taobao.bus.agent.refundticket.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusAgentRefundticketConfirmResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 退款回调是否收到 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgentConfirmRefundRq` of `taobao.bus.agent.refundticket.confirm`. */
export interface TaobaoBusAgentRefundticketConfirmAgentConfirmRefundRqInput {
  /** 商家单号 */
  agent_order_id: string;
  /** 按票退时商家退款票号 */
  agent_ticket_id?: string;
  /** 发车时间 */
  depart_date?: DateInput;
  /** 平台单号 */
  main_biz_order_id?: Int64Input;
  /** 退款乘客身份证号 */
  passenger_id_num?: string;
  /** 退款乘客手机号 */
  passenger_phone?: string;
  /** 退款金额，单位（元） */
  refund_fee: string;
  /** 退款时间点 */
  refund_time?: DateInput;
  /** 退款资金号唯一ID */
  refund_trans_id?: string;
  /** 退款类型 0-退票 */
  refund_type?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_agent_confirm_refund_r_q: {
    agent_order_id: 'String',
    agent_ticket_id: 'String',
    depart_date: 'Date',
    main_biz_order_id: 'Number',
    passenger_id_num: 'String',
    passenger_phone: 'String',
    refund_fee: 'String',
    refund_time: 'Date',
    refund_trans_id: 'String',
    refund_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.agent.refundticket.confirm`: method, response root, request and response schemas. */
export const taobaoBusAgentRefundticketConfirmOperation = {
  method: 'taobao.bus.agent.refundticket.confirm',
  responseRoot: 'bus_agent_refundticket_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商家top回调退款明细 — calls TOP method `taobao.bus.agent.refundticket.confirm`.
 *
 * 商家通过top回调告知平台退款明细
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusAgentRefundticketConfirm(
  client: TopClient,
  request: TaobaoBusAgentRefundticketConfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusAgentRefundticketConfirmResponse> {
  return client.call<TaobaoBusAgentRefundticketConfirmResponse>(
    {
      method: 'taobao.bus.agent.refundticket.confirm',
      responseRoot: 'bus_agent_refundticket_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
