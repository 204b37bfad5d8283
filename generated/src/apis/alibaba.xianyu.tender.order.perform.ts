// Generated from specs/idle/alibaba.xianyu.tender.order.perform.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.xianyu.tender.order.perform` (闲鱼暗拍订单履约). */
export interface AlibabaXianyuTenderOrderPerformRequest {
  /** 入参 */
  param0?: AlibabaXianyuTenderOrderPerformTenderOrderSynDTOInput;
}

/** Response of `alibaba.xianyu.tender.order.perform`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaXianyuTenderOrderPerformResponse {
  /** 结果 */
  result?: AlibabaXianyuTenderOrderPerformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TenderOrderSynDTO` of `alibaba.xianyu.tender.order.perform`. */
export interface AlibabaXianyuTenderOrderPerformTenderOrderSynDTOInput {
  /** 订单子状态 */
  order_sub_status?: string;
  /** 订单id */
  biz_order_id?: string;
  /** 订单状态 */
  order_status?: string;
  /** 供商家传入的订单履约数据 */
  attribute?: AlibabaXianyuTenderOrderPerformHashMapInput;
  /** 流量来源 */
  source?: string;
}

/** `HashMap` of `alibaba.xianyu.tender.order.perform`. */
export interface AlibabaXianyuTenderOrderPerformHashMapInput {
  /** 上面区间订单 */
  ship_mail_no?: string;
  /** 估价价格 单位分 */
  qa_amount?: string;
  /** 参考价格起始价 单位分 */
  reference_start_price?: string;
  /** 参考价格终止价 单位分 */
  reference_end_price?: string;
  /** 验货报告id */
  report?: string;
  /** 服务商最终成交价 */
  confirm_fee?: string;
  /** 服务商给买家发货订单号 */
  ac2buyer_mail_no?: string;
  /** 服务商关单原因 */
  buyer_close_reason?: string;
  /** 服务商退回单号 */
  refund_mail_no?: string;
  /** 质检工程师姓名 */
  contact_name?: string;
  /** 质检工程师电话 */
  contact_mobile?: string;
}

/** `Result` of `alibaba.xianyu.tender.order.perform`. */
export interface AlibabaXianyuTenderOrderPerformResult {
  /** 请求是否成功 */
  resp_success?: boolean;
  /** 错误信息 */
  err_code_info?: string;
  /** 结果是否成功 */
  module?: boolean;
  /** 错误码 */
  err_msg_info?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    order_sub_status: 'String',
    biz_order_id: 'String',
    order_status: 'String',
    attribute: {
      ship_mail_no: 'String',
      qa_amount: 'String',
      reference_start_price: 'String',
      reference_end_price: 'String',
      report: 'String',
      confirm_fee: 'String',
      ac2buyer_mail_no: 'String',
      buyer_close_reason: 'String',
      refund_mail_no: 'String',
      contact_name: 'String',
      contact_mobile: 'String',
    },
    source: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    resp_success: 'Boolean',
    err_code_info: 'String',
    module: 'Boolean',
    err_msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.xianyu.tender.order.perform`: method, response root, request and response schemas. */
export const alibabaXianyuTenderOrderPerformOperation = {
  method: 'alibaba.xianyu.tender.order.perform',
  responseRoot: 'alibaba_xianyu_tender_order_perform_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 闲鱼暗拍订单履约 — calls TOP method `alibaba.xianyu.tender.order.perform`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaXianyuTenderOrderPerform(
  client: TopClient,
  request: AlibabaXianyuTenderOrderPerformRequest = {},
  options?: CallOptions,
): Promise<AlibabaXianyuTenderOrderPerformResponse> {
  return client.call<AlibabaXianyuTenderOrderPerformResponse>(
    {
      method: 'alibaba.xianyu.tender.order.perform',
      responseRoot: 'alibaba_xianyu_tender_order_perform_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
