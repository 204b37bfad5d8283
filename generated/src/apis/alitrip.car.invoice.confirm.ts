// Generated from specs/alitripcar/alitrip.car.invoice.confirm.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.car.invoice.confirm` (发票确认接口). */
export interface AlitripCarInvoiceConfirmRequest {
  /** 入参对象 */
  receipt_do?: AlitripCarInvoiceConfirmReceiptDoInput;
}

/** Response of `alitrip.car.invoice.confirm`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripCarInvoiceConfirmResponse {
  /** 结果对象 */
  model?: boolean;
  /** 错误消息 */
  message?: string;
  /** 错误码 */
  message_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReceiptDo` of `alitrip.car.invoice.confirm`. */
export interface AlitripCarInvoiceConfirmReceiptDoInput {
  /** 发票金额，单位分 */
  receipt_amount?: Int64Input;
  /** 供应商编号 */
  provider_id?: string;
  /** 业务类型编号（1：?国内机票，2：国际机票，3：火车票，4：汽车票，5：酒店，6：门票度假，7：打车，8：用车，9：套餐，10：欧铁，11：辅营，12：辅营保险） */
  biz_type?: Int64Input;
  /** 飞猪订单号 */
  order_id?: Int64Input;
  /** 错误码 */
  fail_code?: string;
  /** 失败原因.status为0时必填 */
  fail_reason?: string;
  /** 发票链接.status为1时需要填 */
  receipt_url?: string;
  /** 开票时间 */
  receipt_date_time?: DateInput;
  /** 发票流水号。成功时必填 */
  receipt_number?: string;
  /** 发票状态1成功0失败-1取消订单 */
  receipt_status?: Int64Input;
  /** 供应商订单号 */
  out_order_id?: string;
}

const REQUEST_SCHEMA = {
  receipt_do: {
    receipt_amount: 'Number',
    provider_id: 'String',
    biz_type: 'Number',
    order_id: 'Number',
    fail_code: 'String',
    fail_reason: 'String',
    receipt_url: 'String',
    receipt_date_time: 'Date',
    receipt_number: 'String',
    receipt_status: 'Number',
    out_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
  message: 'String',
  message_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.car.invoice.confirm`: method, response root, request and response schemas. */
export const alitripCarInvoiceConfirmOperation = {
  method: 'alitrip.car.invoice.confirm',
  responseRoot: 'alitrip_car_invoice_confirm_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票确认接口 — calls TOP method `alitrip.car.invoice.confirm`.
 *
 * 飞猪发票回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripCarInvoiceConfirm(
  client: TopClient,
  request: AlitripCarInvoiceConfirmRequest = {},
  options?: CallOptions,
): Promise<AlitripCarInvoiceConfirmResponse> {
  return client.call<AlitripCarInvoiceConfirmResponse>(
    {
      method: 'alitrip.car.invoice.confirm',
      responseRoot: 'alitrip_car_invoice_confirm_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
