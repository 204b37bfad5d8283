// Generated from specs/flight/taobao.alitrip.ie.agent.refund.new.fillconfirmfee.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.refund.new.fillconfirmfee` (新模型-回填申请单费用). */
export interface TaobaoAlitripIeAgentRefundNewFillconfirmfeeRequest {
  /** 请求 */
  param_refund_order_fill_confirm_fee_rq?: TaobaoAlitripIeAgentRefundNewFillconfirmfeeRefundOrderFillConfirmFeeRqInput;
}

/** Response of `taobao.alitrip.ie.agent.refund.new.fillconfirmfee`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentRefundNewFillconfirmfeeResponse {
  /** result */
  result?: TaobaoAlitripIeAgentRefundNewFillconfirmfeeRefundOrderFillConfirmFeeRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundOrderFillConfirmFeeRq` of `taobao.alitrip.ie.agent.refund.new.fillconfirmfee`. */
export interface TaobaoAlitripIeAgentRefundNewFillconfirmfeeRefundOrderFillConfirmFeeRqInput {
  /** 代理商ID */
  agent_id: Int64Input;
  /** 回填费用参数列表 */
  fee_params: TaobaoAlitripIeAgentRefundNewFillconfirmfeeRefundPassengerFeeParamInput[];
  /** 申请单ID */
  refund_order_id: Int64Input;
  /** 商家退款金额(单位：分)，用于审计金额正确性 */
  total_seller_refund_money?: Int64Input;
}

/** `RefundPassengerFeeParam` of `taobao.alitrip.ie.agent.refund.new.fillconfirmfee`. */
export interface TaobaoAlitripIeAgentRefundNewFillconfirmfeeRefundPassengerFeeParamInput {
  /** 机票已使用部分总价(单位:分) */
  already_used_total_pirce: Int64Input;
  /** 机票不可退税费(单位:分) */
  non_refundable_tax_price: Int64Input;
  /** 机票不可退票价(单位:分) */
  non_refundable_ticket_price: Int64Input;
  /** 机票不可退改签服务费(单位:分) */
  non_refundable_total_change_service_fee: Int64Input;
  /** 机票不可退改签升舱费(单位:分) */
  non_refundable_total_change_upgrade_fee: Int64Input;
  /** 乘机人姓名 */
  passenger_name?: string;
}

/** `RefundOrderFillConfirmFeeRs` of `taobao.alitrip.ie.agent.refund.new.fillconfirmfee`. */
export interface TaobaoAlitripIeAgentRefundNewFillconfirmfeeRefundOrderFillConfirmFeeRs {
  /** 错误编码 */
  api_error_code?: Int64;
  /** 错误秒速 */
  api_error_msg?: string;
  /** errTrace */
  err_trace?: string;
  /** 是否失败 */
  failure?: boolean;
  /** 主机名称 */
  host_name?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_refund_order_fill_confirm_fee_rq: {
    agent_id: 'Number',
    fee_params: [
      {
        already_used_total_pirce: 'Number',
        non_refundable_tax_price: 'Number',
        non_refundable_ticket_price: 'Number',
        non_refundable_total_change_service_fee: 'Number',
        non_refundable_total_change_upgrade_fee: 'Number',
        passenger_name: 'String',
      },
    ],
    refund_order_id: 'Number',
    total_seller_refund_money: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    api_error_code: 'Number',
    api_error_msg: 'String',
    err_trace: 'String',
    failure: 'Boolean',
    host_name: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.refund.new.fillconfirmfee`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentRefundNewFillconfirmfeeOperation = {
  method: 'taobao.alitrip.ie.agent.refund.new.fillconfirmfee',
  responseRoot: 'alitrip_ie_agent_refund_new_fillconfirmfee_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新模型-回填申请单费用 — calls TOP method `taobao.alitrip.ie.agent.refund.new.fillconfirmfee`.
 *
 * 1. 回填退票费用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentRefundNewFillconfirmfee(
  client: TopClient,
  request: TaobaoAlitripIeAgentRefundNewFillconfirmfeeRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentRefundNewFillconfirmfeeResponse> {
  return client.call<TaobaoAlitripIeAgentRefundNewFillconfirmfeeResponse>(
    {
      method: 'taobao.alitrip.ie.agent.refund.new.fillconfirmfee',
      responseRoot: 'alitrip_ie_agent_refund_new_fillconfirmfee_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
