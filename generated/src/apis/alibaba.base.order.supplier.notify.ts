// Generated from specs/alicom/alibaba.base.order.supplier.notify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.base.order.supplier.notify` (阿里通信运营商信息回传). */
export interface AlibabaBaseOrderSupplierNotifyRequest {
  /** 入参对象 */
  param_flow_suppllier_notify_model?: AlibabaBaseOrderSupplierNotifyFlowSuppllierNotifyModelInput;
}

/** Response of `alibaba.base.order.supplier.notify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBaseOrderSupplierNotifyResponse {
  /** result */
  result?: AlibabaBaseOrderSupplierNotifyCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FlowSuppllierNotifyModel` of `alibaba.base.order.supplier.notify`. */
export interface AlibabaBaseOrderSupplierNotifyFlowSuppllierNotifyModelInput {
  /** 阿里通信业务id，具体询问技术接口人 */
  biz_type: string;
  /** 扩展信息 */
  ext_info?: string;
  /** 用于区分商家通知的内容类型，例如：“0”为套餐激活通知 */
  notify_type: string;
  /** 套餐生效时间 */
  offer_invalid_date?: string;
  /** 套餐失效时间 */
  offer_valid_date?: string;
  /** 淘宝内部订单号 */
  order_no: string;
  /** 运营商外部订单号 */
  out_order_no?: string;
  /** 运营商的收货状态，false：未收到 */
  receive_status?: boolean;
  /** iccid和卡的过期时间 */
  send_good_param?: string;
  /** iccid */
  iccid?: string;
  /** 买家ID，用户id */
  user_id?: string;
}

/** `CommonResult` of `alibaba.base.order.supplier.notify`. */
export interface AlibabaBaseOrderSupplierNotifyCommonResult {
  /** code */
  code?: string;
  /** desc */
  desc?: string;
  /** 处理回传信息是否成功 */
  model?: boolean;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_flow_suppllier_notify_model: {
    biz_type: 'String',
    ext_info: 'String',
    notify_type: 'String',
    offer_invalid_date: 'String',
    offer_valid_date: 'String',
    order_no: 'String',
    out_order_no: 'String',
    receive_status: 'Boolean',
    send_good_param: 'String',
    iccid: 'String',
    user_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    desc: 'String',
    model: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.base.order.supplier.notify`: method, response root, request and response schemas. */
export const alibabaBaseOrderSupplierNotifyOperation = {
  method: 'alibaba.base.order.supplier.notify',
  responseRoot: 'alibaba_base_order_supplier_notify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里通信运营商信息回传 — calls TOP method `alibaba.base.order.supplier.notify`.
 *
 * 接收阿里通信流量运营商信息回传
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBaseOrderSupplierNotify(
  client: TopClient,
  request: AlibabaBaseOrderSupplierNotifyRequest = {},
  options?: CallOptions,
): Promise<AlibabaBaseOrderSupplierNotifyResponse> {
  return client.call<AlibabaBaseOrderSupplierNotifyResponse>(
    {
      method: 'alibaba.base.order.supplier.notify',
      responseRoot: 'alibaba_base_order_supplier_notify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
