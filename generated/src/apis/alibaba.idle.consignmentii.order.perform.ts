// Generated from specs/idle/alibaba.idle.consignmentii.order.perform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.consignmentii.order.perform` (寄卖V2订单履约). */
export interface AlibabaIdleConsignmentiiOrderPerformRequest {
  /** 同步参数 */
  consignment_v2_order_syn_dto: AlibabaIdleConsignmentiiOrderPerformConsignmentV2OrderSynDtoInput;
}

/** Response of `alibaba.idle.consignmentii.order.perform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleConsignmentiiOrderPerformResponse {
  /** 接口返回model */
  result?: AlibabaIdleConsignmentiiOrderPerformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ConsignmentV2OrderSynDto` of `alibaba.idle.consignmentii.order.perform`. */
export interface AlibabaIdleConsignmentiiOrderPerformConsignmentV2OrderSynDtoInput {
  /** 不同的状态传递不同参数 */
  attribute?: AlibabaIdleConsignmentiiOrderPerformAttributeInput;
  /** 订单子状态 */
  order_sub_status: string;
  /** 订单主状态 */
  order_status: string;
  /** 闲鱼订单号 */
  biz_order_id: string;
  /** 下单环境 */
  env: string;
}

/** `Attribute` of `alibaba.idle.consignmentii.order.perform`. */
export interface AlibabaIdleConsignmentiiOrderPerformAttributeInput {
  /** 服务商付款订单号 */
  pay_order_id?: string;
  /** 最终成交价(分) */
  confirm_fee?: string;
  /** 上门取件订单号 */
  seller_2_ac_mail_no?: string;
  /** 寄卖估价区间，分号分隔上下限 */
  max_deal_amt?: string;
  /** 参考回收价(分) */
  reference_recycle_price?: string;
  /** 逆向退给卖家运单号 */
  refund_mail_no?: string;
  /** 成色 */
  degree?: string;
  /** 质检报告url */
  report_url?: string;
  /** 质检简要结论 */
  summary?: string;
  /** 服务商发布的商品id */
  item_id?: string;
  /** 卖家逆向收货地址id */
  seller_receipt_address_id?: string;
  /** 正向服务费，单位分 */
  service_fee?: string;
  /** 上门取件运单号 */
  mail_no?: string;
}

/** `Result` of `alibaba.idle.consignmentii.order.perform`. */
export interface AlibabaIdleConsignmentiiOrderPerformResult {
  /** 错误信息 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  consignment_v2_order_syn_dto: {
    attribute: {
      pay_order_id: 'String',
      confirm_fee: 'String',
      seller_2_ac_mail_no: 'String',
      max_deal_amt: 'String',
      reference_recycle_price: 'String',
      refund_mail_no: 'String',
      degree: 'String',
      report_url: 'String',
      summary: 'String',
      item_id: 'String',
      seller_receipt_address_id: 'String',
      service_fee: 'String',
      mail_no: 'String',
    },
    order_sub_status: 'String',
    order_status: 'String',
    biz_order_id: 'String',
    env: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.consignmentii.order.perform`: method, response root, request and response schemas. */
export const alibabaIdleConsignmentiiOrderPerformOperation = {
  method: 'alibaba.idle.consignmentii.order.perform',
  responseRoot: 'alibaba_idle_consignmentii_order_perform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 寄卖V2订单履约 — calls TOP method `alibaba.idle.consignmentii.order.perform`.
 *
 * 寄卖V2订单履约，服务商同步订单信息，驱动交易流转
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleConsignmentiiOrderPerform(
  client: TopClient,
  request: AlibabaIdleConsignmentiiOrderPerformRequest,
  options?: CallOptions,
): Promise<AlibabaIdleConsignmentiiOrderPerformResponse> {
  return client.call<AlibabaIdleConsignmentiiOrderPerformResponse>(
    {
      method: 'alibaba.idle.consignmentii.order.perform',
      responseRoot: 'alibaba_idle_consignmentii_order_perform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
