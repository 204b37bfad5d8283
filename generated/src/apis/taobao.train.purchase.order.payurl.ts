// Generated from specs/train/taobao.train.purchase.order.payurl.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.train.purchase.order.payurl` (火车票采购商接口-获取支付链接). */
export interface TaobaoTrainPurchaseOrderPayurlRequest {
  /** 支付类型(1-app,0-pc)，暂时只支持app */
  pay_type: Int64Input;
  /** 主订单id */
  main_biz_order_id: Int64Input;
  /** 支付渠道(alipay-支付宝、union-银联、cmb-中国招商银行) */
  pay_channel: string;
  /** 订单业务类型(1-正向,2-改签) */
  business_type: Int64Input;
  /** 改签id,取自mtop.trip.train.createChangeOrder的响应{"headers":{},"httpStatusCode":200,"model":{"applyId":532585123123,"occupyChannelType":1,"occupyType":0},"success":true} */
  change_apply_id?: Int64Input;
}

/** Response of `taobao.train.purchase.order.payurl`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTrainPurchaseOrderPayurlResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 失败code */
  result_code?: string;
  /** 失败msg补充 */
  inner_msg?: string;
  /** 支付链接地址 */
  url?: string;
  /** 失败msg */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  pay_type: 'Number',
  main_biz_order_id: 'Number',
  pay_channel: 'String',
  business_type: 'Number',
  change_apply_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  result_code: 'String',
  inner_msg: 'String',
  url: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.train.purchase.order.payurl`: method, response root, request and response schemas. */
export const taobaoTrainPurchaseOrderPayurlOperation = {
  method: 'taobao.train.purchase.order.payurl',
  responseRoot: 'train_purchase_order_payurl_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 火车票采购商接口-获取支付链接 — calls TOP method `taobao.train.purchase.order.payurl`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTrainPurchaseOrderPayurl(
  client: TopClient,
  request: TaobaoTrainPurchaseOrderPayurlRequest,
  options?: CallOptions,
): Promise<TaobaoTrainPurchaseOrderPayurlResponse> {
  return client.call<TaobaoTrainPurchaseOrderPayurlResponse>(
    {
      method: 'taobao.train.purchase.order.payurl',
      responseRoot: 'train_purchase_order_payurl_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
