// Generated from specs/ieagency/taobao.alitrip.ie.agent.refund.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.search` (卖家查询退票申请). */
export interface TaobaoAlitripIeAgentRefundSearchRequest {
  /** 查询起始时间 */
  create_start_time: DateInput;
  /** 查询结束时间 */
  create_end_time: DateInput;
  /** WAIT(1,"待处理"), AGREED(2, "已同意"),REFUSE(3, "已拒绝"),PROCESS(6, "已受理"), SUCCESS(7, "已退款"); */
  refund_status?: Int64Input;
  /** 从1开始 */
  page_index: Int64Input;
  /** 每页大小 */
  page_size: Int64Input;
  /** 代理商id */
  agent_id?: Int64Input;
}

/** Response of `taobao.alitrip.ie.agent.refund.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundSearchResponse {
  /** result */
  result?: TaobaoAlitripIeAgentRefundSearchQueryRefundTicketsRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryRefundTicketsRs` of `taobao.alitrip.ie.agent.refund.search`. */
export interface TaobaoAlitripIeAgentRefundSearchQueryRefundTicketsRs {
  /** refundTicketList */
  refund_ticket_list?: TaobaoAlitripIeAgentRefundSearchIeRefundTicketVo[];
  /** apiErrorMsg */
  error_msg?: string;
  /** apiErrorCode */
  error_code?: Int64;
  /** success */
  success?: boolean;
  /** pageCount */
  page_count?: Int64;
}

/** `IeRefundTicketVo` of `taobao.alitrip.ie.agent.refund.search`. */
export interface TaobaoAlitripIeAgentRefundSearchIeRefundTicketVo {
  /** 申请单id */
  apply_id?: Int64;
  /** 订单id */
  order_id?: Int64;
  /** 票号 */
  ticket_no?: string;
  /** 申请退票原因 */
  apply_reason?: string;
  /** 代理商回复 */
  apply_answer?: string;
  /** 自愿申请:0,非自愿退票(不可抗力):1,自愿退票（我要改变行程计划、我不想飞）:2,自愿退票（填错名字、选错日期、选错航班）:3,自愿退票（生病了无法乘机（无二甲医院证明））:4,非自愿退票（航班延误或取消、航班时刻变更等航司原因）:5,非自愿退票（身体原因且有二级甲等医院<含>以上的医院证明）:6,非自愿退票（旅客拒签或其他不可抗力因素）:7 */
  apply_type?: Int64;
  /** 代理商名称 */
  agent_name?: string;
  /** 退票状态 */
  refund_status?: Int64;
  /** 退票支付状态 */
  refund_pay_status?: Int64;
  /** 乘机人id */
  passenger_id?: Int64;
  /** 乘机人名称 */
  passenger_name?: string;
  /** 回填金额 */
  refund_money?: Int64;
  /** 实际退票金额 */
  refund_to_user_money?: Int64;
  /** 退票时间 */
  apply_time?: string;
  /** 接受时间 */
  agent_agree_time?: string;
  /** 受理时间 */
  agent_receive_time?: string;
  /** 拒绝时间 */
  agent_refuse_time?: string;
  /** 支付时间 */
  agent_pay_time?: string;
  /** 2^0=1 限时免费退；2^1=2 极速退款；比如表示(限时免费退+实时退款)=1+2=3 */
  refund_product_type?: Int64;
}

const REQUEST_SCHEMA = {
  create_start_time: 'Date',
  create_end_time: 'Date',
  refund_status: 'Number',
  page_index: 'Number',
  page_size: 'Number',
  agent_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    refund_ticket_list: [
      {
        apply_id: 'Number',
        order_id: 'Number',
        ticket_no: 'String',
        apply_reason: 'String',
        apply_answer: 'String',
        apply_type: 'Number',
        agent_name: 'String',
        refund_status: 'Number',
        refund_pay_status: 'Number',
        passenger_id: 'Number',
        passenger_name: 'String',
        refund_money: 'Number',
        refund_to_user_money: 'Number',
        apply_time: 'Date',
        agent_agree_time: 'Date',
        agent_receive_time: 'Date',
        agent_refuse_time: 'Date',
        agent_pay_time: 'Date',
        refund_product_type: 'Number',
      },
    ],
    error_msg: 'String',
    error_code: 'Number',
    success: 'Boolean',
    page_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.search`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundSearchOperation = {
  method: 'taobao.alitrip.ie.agent.refund.search',
  responseRoot: 'alitrip_ie_agent_refund_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家查询退票申请 — calls TOP method `taobao.alitrip.ie.agent.refund.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundSearch(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundSearchRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundSearchResponse> {
  return client.call<TaobaoAlitripIeAgentRefundSearchResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.search',
      responseRoot: 'alitrip_ie_agent_refund_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
