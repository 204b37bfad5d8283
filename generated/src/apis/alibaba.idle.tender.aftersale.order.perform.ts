// Generated from specs/idle/alibaba.idle.tender.aftersale.order.perform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.tender.aftersale.order.perform` (闲鱼帮卖售后订单履约). */
export interface AlibabaIdleTenderAftersaleOrderPerformRequest {
  /** 实参 */
  tender_after_sale_param: AlibabaIdleTenderAftersaleOrderPerformTenderAfterSaleParamInput;
}

/** Response of `alibaba.idle.tender.aftersale.order.perform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleTenderAftersaleOrderPerformResponse {
  /** 错误信息 */
  perform_error?: string;
  /** 是否履约成功 */
  transform_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TenderAfterSaleParam` of `alibaba.idle.tender.aftersale.order.perform`. */
export interface AlibabaIdleTenderAftersaleOrderPerformTenderAfterSaleParamInput {
  /** 履约事件 */
  event_id: string;
  /** 打款支付宝流水号 */
  alipay_trade_no?: string;
  /** 订单号 */
  main_order_id: string;
  /** 提示用户需补充的申请信息 */
  need_make_up_notice?: string;
  /** 售后处理方案信息 */
  service_plan_info?: AlibabaIdleTenderAftersaleOrderPerformServicePlanInfoInput;
  /** 售后申请单id */
  after_sale_apply_id: string;
  /** 售后被拒绝，退回物流单号 */
  send_back_mail_no?: string;
}

/** `ServicePlanInfo` of `alibaba.idle.tender.aftersale.order.perform`. */
export interface AlibabaIdleTenderAftersaleOrderPerformServicePlanInfoInput {
  /** 售后处理类型，见对接文档 */
  service_type?: string;
  /** 仅退款金额(分) */
  only_refund_cent?: Int64Input;
  /** 反馈信息 */
  show_message?: string;
  /** 退货退款金额(分) */
  refund_and_return_cent?: Int64Input;
}

const REQUEST_SCHEMA = {
  tender_after_sale_param: {
    event_id: 'String',
    alipay_trade_no: 'String',
    main_order_id: 'String',
    need_make_up_notice: 'String',
    service_plan_info: {
      service_type: 'String',
      only_refund_cent: 'Number',
      show_message: 'String',
      refund_and_return_cent: 'Number',
    },
    after_sale_apply_id: 'String',
    send_back_mail_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  perform_error: 'String',
  transform_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.tender.aftersale.order.perform`: method, response root, request and response schemas. */
export const alibabaIdleTenderAftersaleOrderPerformOperation = {
  method: 'alibaba.idle.tender.aftersale.order.perform',
  responseRoot: 'alibaba_idle_tender_aftersale_order_perform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼帮卖售后订单履约 — calls TOP method `alibaba.idle.tender.aftersale.order.perform`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleTenderAftersaleOrderPerform(
  client: TopClient,
  request: AlibabaIdleTenderAftersaleOrderPerformRequest,
  options?: CallOptions,
): Promise<AlibabaIdleTenderAftersaleOrderPerformResponse> {
  return client.call<AlibabaIdleTenderAftersaleOrderPerformResponse>(
    {
      method: 'alibaba.idle.tender.aftersale.order.perform',
      responseRoot: 'alibaba_idle_tender_aftersale_order_perform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
