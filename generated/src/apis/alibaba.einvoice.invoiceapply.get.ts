// Generated from specs/einvoice/alibaba.einvoice.invoiceapply.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.invoiceapply.get` (获取商家的开票申请). */
export interface AlibabaEinvoiceInvoiceapplyGetRequest {
  /** 开票申请id */
  apply_id: string;
}

/** Response of `alibaba.einvoice.invoiceapply.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceInvoiceapplyGetResponse {
  /** 开票申请查询结果 */
  result?: AlibabaEinvoiceInvoiceapplyGetUserInvoiceApplyDTO;
  /** totalCount */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserInvoiceApplyDTO` of `alibaba.einvoice.invoiceapply.get`. */
export interface AlibabaEinvoiceInvoiceapplyGetUserInvoiceApplyDTO {
  /** 开票申请id */
  apply_id?: string;
  /** 开票金额 */
  invoice_amount?: string;
  /** 税号，表示商家是为此税号的账单开票 */
  payee_register_no?: string;
  /** 企业名称 */
  company_name?: string;
  /** 申请企业开户行 */
  bank?: string;
  /** 申请企业开户账号 */
  bank_account?: string;
  /** 申请单状态：1：待确认，2：开票中，3：拒绝开票，4：发票已发出，0：完成开票 */
  status?: Int64;
  /** 商家收货地址 */
  receiver_address?: string;
  /** 商家收货人 */
  receiver_name?: string;
  /** 商家收货电话 */
  receiver_phone?: string;
  /** 服务商发货人 */
  sender_name?: string;
  /** 服务商发货人电话 */
  sender_phone?: string;
  /** 服务商发货物流 */
  sender_logistics_company?: string;
  /** 服务商发货快递单号 */
  sender_logistics_no?: string;
  /** 开票明细列表 */
  invoice_item_list?: AlibabaEinvoiceInvoiceapplyGetUserInvoiceItemDTO[];
  /** 发票类型：1:增值税普通发票，2:增值税专用发票 */
  invoice_type?: Int64;
  /** 购方票面税号 */
  invoice_payee_register_no?: string;
  /** 购方票面地址 */
  invoice_address?: string;
  /** 购方票面电话 */
  invoice_phone?: string;
}

/** `UserInvoiceItemDTO` of `alibaba.einvoice.invoiceapply.get`. */
export interface AlibabaEinvoiceInvoiceapplyGetUserInvoiceItemDTO {
  /** 商品名称 */
  item_name?: string;
  /** 商品类型：1. 税控单元，2.开票日账单 */
  item_type?: Int64;
  /** 商品金额 */
  amount?: string;
  /** 订单日 */
  bill_date?: string;
}

const REQUEST_SCHEMA = {
  apply_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    apply_id: 'String',
    invoice_amount: 'String',
    payee_register_no: 'String',
    company_name: 'String',
    bank: 'String',
    bank_account: 'String',
    status: 'Number',
    receiver_address: 'String',
    receiver_name: 'String',
    receiver_phone: 'String',
    sender_name: 'String',
    sender_phone: 'String',
    sender_logistics_company: 'String',
    sender_logistics_no: 'String',
    invoice_item_list: [
      {
        item_name: 'String',
        item_type: 'Number',
        amount: 'String',
        bill_date: 'String',
      },
    ],
    invoice_type: 'Number',
    invoice_payee_register_no: 'String',
    invoice_address: 'String',
    invoice_phone: 'String',
  },
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.invoiceapply.get`: method, response root, request and response schemas. */
export const alibabaEinvoiceInvoiceapplyGetOperation = {
  method: 'alibaba.einvoice.invoiceapply.get',
  responseRoot: 'alibaba_einvoice_invoiceapply_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商家的开票申请 — calls TOP method `alibaba.einvoice.invoiceapply.get`.
 *
 * 开票服务商接收到商家发起的开票申请消息后，调用此接口拉取商家详细的开票申请内容
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceInvoiceapplyGet(
  client: TopClient,
  request: AlibabaEinvoiceInvoiceapplyGetRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceInvoiceapplyGetResponse> {
  return client.call<AlibabaEinvoiceInvoiceapplyGetResponse>(
    {
      method: 'alibaba.einvoice.invoiceapply.get',
      responseRoot: 'alibaba_einvoice_invoiceapply_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
