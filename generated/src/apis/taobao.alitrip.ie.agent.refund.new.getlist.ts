// Generated from specs/ieagency/taobao.alitrip.ie.agent.refund.new.getlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.new.getlist` (新查询退票申请单列表). */
export interface TaobaoAlitripIeAgentRefundNewGetlistRequest {
  /** 列表查询 */
  param_refund_order_query_list_rq?: TaobaoAlitripIeAgentRefundNewGetlistRefundOrderQueryListRqInput;
}

/** Response of `taobao.alitrip.ie.agent.refund.new.getlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundNewGetlistResponse {
  /** 返回结果 */
  result?: TaobaoAlitripIeAgentRefundNewGetlistRefundOrderQueryListRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundOrderQueryListRq` of `taobao.alitrip.ie.agent.refund.new.getlist`. */
export interface TaobaoAlitripIeAgentRefundNewGetlistRefundOrderQueryListRqInput {
  /** 代理商ID */
  agent_id?: Int64Input;
  /** 申请单创建开始时间 */
  create_end_time: DateInput;
  /** 申请单创建结束时间 */
  create_start_time: DateInput;
  /** 【必填】分页索引 */
  page_index?: Int64Input;
  /** 【必填】分页大小 */
  page_size?: Int64Input;
  /** 申请单状态(WAIT(1,"待处理"), AGREED(2, "已同意"),REFUSE(3, "已拒绝"),PROCESS(6, "已受理"), SUCCESS(7, "已退款")) */
  refund_status?: Int64Input;
  /** 飞猪订单ID */
  order_id?: Int64Input;
}

/** `RefundOrderQueryListRs` of `taobao.alitrip.ie.agent.refund.new.getlist`. */
export interface TaobaoAlitripIeAgentRefundNewGetlistRefundOrderQueryListRs {
  /** API错误码 */
  api_error_code?: Int64;
  /** 错误原因 */
  api_error_msg?: string;
  /** 错误原因 */
  err_trace?: string;
  /** failure */
  failure?: boolean;
  /** 机器名称 */
  host_name?: string;
  /** 退票申请单列表 */
  refund_order_simple_vos?: TaobaoAlitripIeAgentRefundNewGetlistRefundOrderSimpleVo[];
  /** success */
  success?: boolean;
}

/** `RefundOrderSimpleVo` of `taobao.alitrip.ie.agent.refund.new.getlist`. */
export interface TaobaoAlitripIeAgentRefundNewGetlistRefundOrderSimpleVo {
  /** 代理商ID */
  agent_id?: Int64;
  /** 新老模型（V1:老模型，V2：新模型） */
  model_version?: string;
  /** 订单ID */
  order_id?: Int64;
  /** 10: "已提交待处理",WAI20:"待人工处理" */
  refund_biz_status?: Int64;
  /** 退票单ID */
  refund_order_id?: Int64;
  /** 申请单状态(WAIT(1,"待处理"), AGREED(2, "已同意"),REFUSE(3, "已拒绝"),PROCESS(6, "已受理"), SUCCESS(7, "已退款")) */
  refund_order_status?: Int64;
  /** 申请单支付状态( INIT(1, "初始化"), REFUND_FAIL(2, "退款失败"), REFUND_SUCCESS(3, "退款成功")) */
  refund_pay_status?: Int64;
}

const REQUEST_SCHEMA = {
  param_refund_order_query_list_rq: {
    agent_id: 'Number',
    create_end_time: 'Date',
    create_start_time: 'Date',
    page_index: 'Number',
    page_size: 'Number',
    refund_status: 'Number',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    api_error_code: 'Number',
    api_error_msg: 'String',
    err_trace: 'String',
    failure: 'Boolean',
    host_name: 'String',
    refund_order_simple_vos: [
      {
        agent_id: 'Number',
        model_version: 'String',
        order_id: 'Number',
        refund_biz_status: 'Number',
        refund_order_id: 'Number',
        refund_order_status: 'Number',
        refund_pay_status: 'Number',
      },
    ],
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.new.getlist`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundNewGetlistOperation = {
  method: 'taobao.alitrip.ie.agent.refund.new.getlist',
  responseRoot: 'alitrip_ie_agent_refund_new_getlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新查询退票申请单列表 — calls TOP method `taobao.alitrip.ie.agent.refund.new.getlist`.
 *
 * 查询商家国际机票退票申请单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundNewGetlist(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundNewGetlistRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundNewGetlistResponse> {
  return client.call<TaobaoAlitripIeAgentRefundNewGetlistResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.new.getlist',
      responseRoot: 'alitrip_ie_agent_refund_new_getlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
