// Generated from specs/einvoice/alibaba.einvoice.bill.forword.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.bill.forword.create` (扫码开票结算单同步前开发票). */
export interface AlibabaEinvoiceBillForwordCreateRequest {
  /**
   * 发票商品明细
   *
   * Max list size: 20
   */
  invoice_items: AlibabaEinvoiceBillForwordCreateBillItemDOInput[];
  /** 结算单订单ID */
  order_id: string;
  /** 收款方税号 */
  payee_register_no: string;
  /** 调用平台，用以区分不同的订单ID，不填默认为default */
  platform?: string;
  /** 开票流水号，若不填则系统默认生成 */
  seri_no?: string;
  /** 店铺名称 */
  shop_name?: string;
  /** 开票金额，和明细累计总金额需相同 */
  sum_price: string;
  /** 付款方地址 */
  payer_address?: string;
  /** 付款方银行账户 */
  payer_bankaccount?: string;
  /** 付款方开票邮件通知邮箱 */
  payer_email?: string;
  /** 付款方发票抬头 */
  payer_name: string;
  /** 企业电话 */
  payer_phone?: string;
  /** 付款方税号 */
  payer_register_no: string;
  /** 个人电话，接收发票通知 */
  phone_number: string;
  /** 企业或个人抬头发票，0=个人，1=企业。默认=1 */
  business_type?: Int64Input;
}

/** Response of `alibaba.einvoice.bill.forword.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceBillForwordCreateResponse {
  /** errorCode */
  ret_code?: string;
  /** errorMessage */
  error_message?: string;
  /** result */
  result?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BillItemDO` of `alibaba.einvoice.bill.forword.create`. */
export interface AlibabaEinvoiceBillForwordCreateBillItemDOInput {
  /** 价税合计 */
  amount: string;
  /** 商品名称 */
  item_name: string;
  /** 商品数量 */
  quantity: string;
  /** 规格型号,可选 */
  specification?: string;
  /** 商品单位 */
  unit?: string;
}

const REQUEST_SCHEMA = {
  invoice_items: [
    {
      amount: 'String',
      item_name: 'String',
      quantity: 'String',
      specification: 'String',
      unit: 'String',
    },
  ],
  order_id: 'String',
  payee_register_no: 'String',
  platform: 'String',
  seri_no: 'String',
  shop_name: 'String',
  sum_price: 'String',
  payer_address: 'String',
  payer_bankaccount: 'String',
  payer_email: 'String',
  payer_name: 'String',
  payer_phone: 'String',
  payer_register_no: 'String',
  phone_number: 'String',
  business_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'String',
  error_message: 'String',
  result: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.bill.forword.create`: method, response root, request and response schemas. */
export const alibabaEinvoiceBillForwordCreateOperation = {
  method: 'alibaba.einvoice.bill.forword.create',
  responseRoot: 'alibaba_einvoice_bill_forword_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 扫码开票结算单同步前开发票 — calls TOP method `alibaba.einvoice.bill.forword.create`.
 *
 * 扫码开票结算单同步前开发票，会将数据同步到结算单中
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceBillForwordCreate(
  client: TopClient,
  request: AlibabaEinvoiceBillForwordCreateRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceBillForwordCreateResponse> {
  return client.call<AlibabaEinvoiceBillForwordCreateResponse>(
    {
      method: 'alibaba.einvoice.bill.forword.create',
      responseRoot: 'alibaba_einvoice_bill_forword_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
