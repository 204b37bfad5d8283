// Generated from specs/alitripreceipt/alitrip.receipt.seller.invoice.return.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.receipt.seller.invoice.return` (飞猪发票商家回调接口). */
export interface AlitripReceiptSellerInvoiceReturnRequest {
  /** 入参对象 */
  receipt_do?: AlitripReceiptSellerInvoiceReturnReceiptDoInput;
}

/** Response of `alitrip.receipt.seller.invoice.return`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripReceiptSellerInvoiceReturnResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** code */
  result_code?: string;
  /** 返回数据 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReceiptDo` of `alitrip.receipt.seller.invoice.return`. */
export interface AlitripReceiptSellerInvoiceReturnReceiptDoInput {
  /** 发票金额，单位分 */
  receipt_amount?: Int64Input;
  /** 错误码 */
  agent_id?: Int64Input;
  /** 业务类型编号（1：?国内机票，2：国际机票，3：火车票，4：汽车票，5：酒店，6：门票度假，7：打车，8：用车，9：套餐，10：欧铁，11：辅营，12：辅营保险） */
  biz_type: Int64Input;
  /** 飞猪订单号 */
  tp_order_id: Int64Input;
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
}

const REQUEST_SCHEMA = {
  receipt_do: {
    receipt_amount: 'Number',
    agent_id: 'Number',
    biz_type: 'Number',
    tp_order_id: 'Number',
    fail_code: 'String',
    fail_reason: 'String',
    receipt_url: 'String',
    receipt_date_time: 'Date',
    receipt_number: 'String',
    receipt_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  result_code: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.receipt.seller.invoice.return`: method, response root, request and response schemas. */
export const alitripReceiptSellerInvoiceReturnOperation = {
  method: 'alitrip.receipt.seller.invoice.return',
  responseRoot: 'alitrip_receipt_seller_invoice_return_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪发票商家回调接口 — calls TOP method `alitrip.receipt.seller.invoice.return`.
 *
 * 飞猪发票回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripReceiptSellerInvoiceReturn(
  client: TopClient,
  request: AlitripReceiptSellerInvoiceReturnRequest = {},
  options?: CallOptions,
): Promise<AlitripReceiptSellerInvoiceReturnResponse> {
  return client.call<AlitripReceiptSellerInvoiceReturnResponse>(
    {
      method: 'alitrip.receipt.seller.invoice.return',
      responseRoot: 'alitrip_receipt_seller_invoice_return_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
