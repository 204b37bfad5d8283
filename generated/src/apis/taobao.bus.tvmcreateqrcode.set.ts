// Generated from specs/bus/taobao.bus.tvmcreateqrcode.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.bus.tvmcreateqrcode.set` (自助机生成支付宝支付二维码). */
export interface TaobaoBusTvmcreateqrcodeSetRequest {
  /** 飞猪订单号 */
  alitrip_order_id: string;
  /** 超时时间（分钟） */
  timeout_express: Int64Input;
}

/** Response of `taobao.bus.tvmcreateqrcode.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBusTvmcreateqrcodeSetResponse {
  /** errorCode 错误码 及其 描述 ("PAYED_OR_CANCEL_FAIL_NOT_CREATE_QRCODE", "已支付/取消/失败订单不能创建二维码"), ("PAYED_OR_CANCEL_FAIL_NOT_CREATE_SCAN_CODE", "已支付/取消/失败订单不能创建条形码"), ("CREATE_QRCODE_ERROR", "创建二维码失败"), ("DISABLE_QRCODE_ERROR", "失效二维码失败"), ("CREATE_SCANCODE_ERROR", "扫码失败"), ("CREATE_SCANCODE_PROCESSING", "扫码处理中") */
  result_code?: string;
  /** errorMsg 错误码 及其 描述 ("PAYED_OR_CANCEL_FAIL_NOT_CREATE_QRCODE", "已支付/取消/失败订单不能创建二维码"), ("PAYED_OR_CANCEL_FAIL_NOT_CREATE_SCAN_CODE", "已支付/取消/失败订单不能创建条形码"), ("CREATE_QRCODE_ERROR", "创建二维码失败"), ("DISABLE_QRCODE_ERROR", "失效二维码失败"), ("CREATE_SCANCODE_ERROR", "扫码失败"), ("CREATE_SCANCODE_PROCESSING", "扫码处理中") */
  result_msg?: string;
  /** qrCode 二维码连接 */
  qr_code?: string;
  /** success true 成功 false 失败 */
  is_success?: boolean;
  /** 活动定制二维码图片base64，若为空代表无活动，取qrCode */
  custom_qr_pic_base64?: string;
  /** 活动定制二维码图片url，若为空代表无活动，取qrCode */
  custom_qr_pic_url?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  alitrip_order_id: 'String',
  timeout_express: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  result_msg: 'String',
  qr_code: 'String',
  is_success: 'Boolean',
  custom_qr_pic_base64: 'String',
  custom_qr_pic_url: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.bus.tvmcreateqrcode.set`: method, response root, request and response schemas. */
export const taobaoBusTvmcreateqrcodeSetOperation = {
  method: 'taobao.bus.tvmcreateqrcode.set',
  responseRoot: 'bus_tvmcreateqrcode_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自助机生成支付宝支付二维码 — calls TOP method `taobao.bus.tvmcreateqrcode.set`.
 *
 * 用于汽车票线下自助机调用获取支付宝的二维码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBusTvmcreateqrcodeSet(
  client: TopClient,
  request: TaobaoBusTvmcreateqrcodeSetRequest,
  options?: CallOptions,
): Promise<TaobaoBusTvmcreateqrcodeSetResponse> {
  return client.call<TaobaoBusTvmcreateqrcodeSetResponse>(
    {
      method: 'taobao.bus.tvmcreateqrcode.set',
      responseRoot: 'bus_tvmcreateqrcode_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
