// Generated from specs/bus/taobao.bus.agent.refund.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.agent.refund.confirm` (汽车票退票和退款二合一接口). */
export interface TaobaoBusAgentRefundConfirmRequest {
  /** 入参 */
  param_agent_confirm_return_and_refund_r_q?: TaobaoBusAgentRefundConfirmAgentConfirmReturnAndRefundRqInput;
}

/** Response of `taobao.bus.agent.refund.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusAgentRefundConfirmResponse {
  /** 错误码 */
  result_code?: string;
  /** 错误描述 */
  result_msg?: string;
  /** 退票回调是否收到 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgentConfirmReturnAndRefundRq` of `taobao.bus.agent.refund.confirm`. */
export interface TaobaoBusAgentRefundConfirmAgentConfirmReturnAndRefundRqInput {
  /** 商家订单号 */
  agent_order_id: string;
  /** 退款金额,单位元;退票成功时必填 */
  agent_refund_amount?: string;
  /** 退款资金号唯一ID */
  agent_refund_trans_id?: string;
  /** 商家退票状态;1-成功,2-失败 */
  agent_return_ticket_status: Int64Input;
  /** 商家退票类型;0-按票退,1-按单退 */
  agent_return_ticket_type: Int64Input;
  /** 退票时间点 */
  agent_return_time?: DateInput;
  /** 按票的维度进行退票时，商家票号 */
  agent_ticket_id?: string;
  /** 发车时间 */
  depart_date?: DateInput;
  /** 平台单号 */
  main_biz_order_id?: Int64Input;
  /** 退票乘客证件号(按票退时必填) */
  passenger_id_num?: string;
  /** 退票乘客姓名 */
  passenger_name?: string;
  /** 退款乘客手机号 */
  passenger_phone?: string;
  /** 退票结果编码,(退票失败时必填,参考标准错误码) */
  agent_return_ticket_code?: Int64Input;
  /** 扩展属性json */
  agent_ext_attr?: string;
  /** offline:线下退票;online:线上退票 */
  agent_return_mode?: string;
  /** 退票场景，common:普通退款场景 force: 不可抗力 */
  refund_scene?: string;
  /** 通知用户退票原因 */
  refund_scene_official_reason_code?: string;
}

const REQUEST_SCHEMA = {
  param_agent_confirm_return_and_refund_r_q: {
    agent_order_id: 'String',
    agent_refund_amount: 'String',
    agent_refund_trans_id: 'String',
    agent_return_ticket_status: 'Number',
    agent_return_ticket_type: 'Number',
    agent_return_time: 'Date',
    agent_ticket_id: 'String',
    depart_date: 'Date',
    main_biz_order_id: 'Number',
    passenger_id_num: 'String',
    passenger_name: 'String',
    passenger_phone: 'String',
    agent_return_ticket_code: 'Number',
    agent_ext_attr: 'String',
    agent_return_mode: 'String',
    refund_scene: 'String',
    refund_scene_official_reason_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.agent.refund.confirm`: method, response root, request and response schemas. */
export const taobaoBusAgentRefundConfirmOperation = {
  method: 'taobao.bus.agent.refund.confirm',
  responseRoot: 'bus_agent_refund_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车票退票和退款二合一接口 — calls TOP method `taobao.bus.agent.refund.confirm`.
 *
 * 1.商家退票成功后，回调飞猪平台汽车票退票接口，平台进行退票和退款操作。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusAgentRefundConfirm(
  client: TopClient,
  request: TaobaoBusAgentRefundConfirmRequest = {},
  options?: CallOptions,
): Promise<TaobaoBusAgentRefundConfirmResponse> {
  return client.call<TaobaoBusAgentRefundConfirmResponse>(
    {
      method: 'taobao.bus.agent.refund.confirm',
      responseRoot: 'bus_agent_refund_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
