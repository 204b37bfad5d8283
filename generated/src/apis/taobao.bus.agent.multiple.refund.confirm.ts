// Generated from specs/bus/taobao.bus.agent.multiple.refund.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.agent.multiple.refund.confirm` (综合交通多次退款接口). */
export interface TaobaoBusAgentMultipleRefundConfirmRequest {
  /** 入参 */
  param_agent_multiple_refund_r_q: TaobaoBusAgentMultipleRefundConfirmAgentMultipleRefundRqInput;
}

/** Response of `taobao.bus.agent.multiple.refund.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusAgentMultipleRefundConfirmResponse {
  /** 错误码 */
  result_code?: string;
  /** 失败错误信息 */
  result_msg?: string;
  /** 退款成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgentMultipleRefundRq` of `taobao.bus.agent.multiple.refund.confirm`. */
export interface TaobaoBusAgentMultipleRefundConfirmAgentMultipleRefundRqInput {
  /** 商家订单号 */
  agent_order_id: string;
  /** 退款原因必填 */
  agent_refund_reason: string;
  /** 退款流水号唯一标识，防止重复退款 */
  agent_refund_trans_no: string;
  /** 飞猪平台订单号 */
  main_biz_order_id: Int64Input;
  /** 退款明细数据 */
  refund_ticket_detail_list: TaobaoBusAgentMultipleRefundConfirmAgentMultipleRefundTicketInfoInput[];
  /** 退款总金额(票款+服务费)(分) */
  total_refund_amount: Int64Input;
  /** 退服务费总金额(分) */
  total_service_charge_refund_amount?: Int64Input;
  /** 选择不可抗力场景后飞猪平台会发送停运短信给用户 */
  refund_scene?: string;
  /** 通知用户停运原因 */
  refund_scene_official_reason_code?: string;
}

/** `AgentMultipleRefundTicketInfo` of `taobao.bus.agent.multiple.refund.confirm`. */
export interface TaobaoBusAgentMultipleRefundConfirmAgentMultipleRefundTicketInfoInput {
  /** 商家票号(唯一标识关联乘客) */
  agent_ticket_id?: string;
  /** 退款人证件号(无票号时此参数必填) */
  passenger_id_num?: string;
  /** 退票金额(分) */
  refund_amount?: Int64Input;
  /** 退服务费金额(分) */
  service_charge_refund_amount?: Int64Input;
}

const REQUEST_SCHEMA = {
  param_agent_multiple_refund_r_q: {
    agent_order_id: 'String',
    agent_refund_reason: 'String',
    agent_refund_trans_no: 'String',
    main_biz_order_id: 'Number',
    refund_ticket_detail_list: [
      {
        agent_ticket_id: 'String',
        passenger_id_num: 'String',
        refund_amount: 'Number',
        service_charge_refund_amount: 'Number',
      },
    ],
    total_refund_amount: 'Number',
    total_service_charge_refund_amount: 'Number',
    refund_scene: 'String',
    refund_scene_official_reason_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.agent.multiple.refund.confirm`: method, response root, request and response schemas. */
export const taobaoBusAgentMultipleRefundConfirmOperation = {
  method: 'taobao.bus.agent.multiple.refund.confirm',
  responseRoot: 'bus_agent_multiple_refund_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 综合交通多次退款接口 — calls TOP method `taobao.bus.agent.multiple.refund.confirm`.
 *
 * 此接口支持多次按照单客进行多次退款操作，只进行退款操作。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusAgentMultipleRefundConfirm(
  client: TopClient,
  request: TaobaoBusAgentMultipleRefundConfirmRequest,
  options?: CallOptions,
): Promise<TaobaoBusAgentMultipleRefundConfirmResponse> {
  return client.call<TaobaoBusAgentMultipleRefundConfirmResponse>(
    {
      method: 'taobao.bus.agent.multiple.refund.confirm',
      responseRoot: 'bus_agent_multiple_refund_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
