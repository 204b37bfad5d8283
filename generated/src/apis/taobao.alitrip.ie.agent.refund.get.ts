// Generated from specs/ieagency/taobao.alitrip.ie.agent.refund.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.get` (获取退票申请详情). */
export interface TaobaoAlitripIeAgentRefundGetRequest {
  /** 退票申请单id */
  apply_id: Int64Input;
  /** 代理商id */
  agent_id?: Int64Input;
}

/** Response of `taobao.alitrip.ie.agent.refund.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundGetResponse {
  /** result */
  result?: TaobaoAlitripIeAgentRefundGetQueryRefundTicketDetailRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryRefundTicketDetailRs` of `taobao.alitrip.ie.agent.refund.get`. */
export interface TaobaoAlitripIeAgentRefundGetQueryRefundTicketDetailRs {
  /** ieRefundTicketVO */
  refund_ticket?: TaobaoAlitripIeAgentRefundGetIeRefundTicketVo;
  /** apiErrorMsg */
  error_msg?: string;
  /** apiErrorCode */
  error_code?: Int64;
  /** success */
  success?: boolean;
}

/** `IeRefundTicketVo` of `taobao.alitrip.ie.agent.refund.get`. */
export interface TaobaoAlitripIeAgentRefundGetIeRefundTicketVo {
  /** 填写退款金额 */
  refund_money?: Int64;
  /** 申请单id */
  apply_id?: Int64;
  /** 乘机人id */
  passenger_id?: Int64;
  /** 申请时间 */
  apply_time?: string;
  /** 初始化:1, 退款失败2, 退款成功:3 */
  refund_pay_status?: Int64;
  /** 票号 */
  ticket_no?: string;
  /** agentAgreeTime */
  agent_agree_time?: string;
  /** 待处理:1, 已同意:2,已拒绝:3,已受理:6,已退款:7 */
  refund_status?: Int64;
  /** 申请原因 */
  apply_reason?: string;
  /** 代理商名称 */
  agent_name?: string;
  /** 实际退还买家 */
  refund_to_user_money?: Int64;
  /** 乘机人名称 */
  passenger_name?: string;
  /** agentPayTime */
  agent_pay_time?: string;
  /** 自愿申请:0,非自愿退票(不可抗力):1,自愿退票（我要改变行程计划、我不想飞）:2,自愿退票（填错名字、选错日期、选错航班）:3,自愿退票（生病了无法乘机（无二甲医院证明））:4,非自愿退票（航班延误或取消、航班时刻变更等航司原因）:5,非自愿退票（身体原因且有二级甲等医院<含>以上的医院证明）:6,非自愿退票（旅客拒签或其他不可抗力因素）:7 */
  apply_type?: Int64;
  /** agentRefuseTime */
  agent_refuse_time?: string;
  /** 代理商回复 */
  apply_answer?: string;
  /** 订单id */
  order_id?: Int64;
  /** agentReceiveTime */
  agent_receive_time?: string;
  /** 2^0=1 限时免费退；2^1=2 极速退款；比如表示(限时免费退+实时退款)=1+2=3 */
  refund_product_type?: Int64;
  /** 是否补退订单 */
  bu_tui?: boolean;
}

const REQUEST_SCHEMA = {
  apply_id: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    refund_ticket: {
      refund_money: 'Number',
      apply_id: 'Number',
      passenger_id: 'Number',
      apply_time: 'Date',
      refund_pay_status: 'Number',
      ticket_no: 'String',
      agent_agree_time: 'Date',
      refund_status: 'Number',
      apply_reason: 'String',
      agent_name: 'String',
      refund_to_user_money: 'Number',
      passenger_name: 'String',
      agent_pay_time: 'Date',
      apply_type: 'Number',
      agent_refuse_time: 'Date',
      apply_answer: 'String',
      order_id: 'Number',
      agent_receive_time: 'Date',
      refund_product_type: 'Number',
      bu_tui: 'Boolean',
    },
    error_msg: 'String',
    error_code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.get`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundGetOperation = {
  method: 'taobao.alitrip.ie.agent.refund.get',
  responseRoot: 'alitrip_ie_agent_refund_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取退票申请详情 — calls TOP method `taobao.alitrip.ie.agent.refund.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundGet(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundGetRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundGetResponse> {
  return client.call<TaobaoAlitripIeAgentRefundGetResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.get',
      responseRoot: 'alitrip_ie_agent_refund_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
