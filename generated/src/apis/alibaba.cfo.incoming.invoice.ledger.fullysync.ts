// Generated from specs/fundplatform/alibaba.cfo.incoming.invoice.ledger.fullysync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cfo.incoming.invoice.ledger.fullysync` (票易通全量底账数据同步). */
export interface AlibabaCfoIncomingInvoiceLedgerFullysyncRequest {
  /** 底账同步请求 */
  param_pyt_ledger_sync_request?: AlibabaCfoIncomingInvoiceLedgerFullysyncPytLedgerSyncRequestInput;
}

/** Response of `alibaba.cfo.incoming.invoice.ledger.fullysync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCfoIncomingInvoiceLedgerFullysyncResponse {
  /** 同步是否是否成功 */
  result?: AlibabaCfoIncomingInvoiceLedgerFullysyncResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PytLedgerSyncRequest` of `alibaba.cfo.incoming.invoice.ledger.fullysync`. */
export interface AlibabaCfoIncomingInvoiceLedgerFullysyncPytLedgerSyncRequestInput {
  /** 账户类型。进项：AP，销项：AR */
  account_type?: string;
  /** 含税金额 */
  amount_with_tax?: string;
  /** 不含税金额 */
  amount_without_tax?: string;
  /** 认证备注 */
  auth_remark?: string;
  /** 认证状态 */
  auth_status?: string;
  /** 认证方式 */
  auth_style?: string;
  /** 认证所属期 */
  auth_tax_period?: string;
  /** 抵扣用途 */
  auth_use?: string;
  /** 业务单号 */
  biz_order_no?: string;
  /** 购方地址电话 */
  buyer_address_tel?: string;
  /** 购方银行账号 */
  buyer_bank_account?: string;
  /** 购方开户行名称 账号 */
  buyer_bank_info?: string;
  /** 购方银行名称 */
  buyer_bank_name?: string;
  /** 购方名称 */
  buyer_name?: string;
  /** 购方税号 */
  buyer_tax_no?: string;
  /** 校验码 */
  check_code?: string;
  /** 密文 */
  cipher_text?: string;
  /** 二维密文 */
  cipher_text_q_r_code?: string;
  /** 开票日期 */
  date_issued?: string;
  /** 发票行信息 */
  details?: AlibabaCfoIncomingInvoiceLedgerFullysyncPytLedgerInvoiceLineRequestInput[];
  /** 有效税额 */
  effective_tax_amount?: string;
  /** 认证业务日期 */
  el_confirm_date?: string;
  /** 底账同步时间 */
  el_sync_time?: string;
  /** 扩展属性 */
  extended_attrs?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 红蓝票标记 */
  invoice_color?: string;
  /** 发票类型 */
  invoice_type?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 国税发票来源 */
  invoice_source?: string;
  /** 发票样式 */
  invoice_style_type?: string;
  /** 开票人 */
  issuer?: string;
  /** 机器编码 */
  machine_code?: string;
  /** 不抵扣原因 */
  no_auth_reason?: string;
  /** 原始发票代码 */
  original_invoice_code?: string;
  /** 原始发票号码 */
  original_invoice_no?: string;
  /** 付款人 */
  payee?: string;
  /** PDF文件地址 */
  pdf_url?: string;
  /** 备注 */
  remark?: string;
  /** 被红冲含税金额 */
  reverse_amount_with_tax?: string;
  /** 被红冲不含税金额 */
  reverse_amount_without_tax?: string;
  /** 红冲状态 */
  reverse_flag?: string;
  /** 被红冲税额 */
  reverse_tax_amount?: string;
  /** 审核人 */
  reviewer?: string;
  /** 发是否有销货清单 */
  sale_list_file_flag?: string;
  /** 销方地址 */
  seller_address?: string;
  /** 销方地址电话 */
  seller_address_tel?: string;
  /** 销方银行账号 */
  seller_bank_account?: string;
  /** 销方开户行名称 账号 */
  seller_bank_info?: string;
  /** 销方银行名称 */
  seller_bank_name?: string;
  /** 销方名称 */
  seller_name?: string;
  /** 销方税号 */
  seller_tax_no?: string;
  /** 销方电话 */
  seller_tel?: string;
  /** 系统来源 */
  source?: string;
  /** 发票特殊类型标识 */
  special_type?: string;
  /** 状态 */
  status?: string;
  /** 税额 */
  tax_amount?: string;
  /** 国税发票来源 */
  tax_invoice_source?: string;
  /** 税率 */
  tax_rate?: string;
  /** 发送时间错 */
  send_time: Int64Input;
}

/** `PytLedgerInvoiceLineRequest` of `alibaba.cfo.incoming.invoice.ledger.fullysync`. */
export interface AlibabaCfoIncomingInvoiceLedgerFullysyncPytLedgerInvoiceLineRequestInput {
  /** 含税金额 */
  amount_with_tax?: string;
  /** 不含税金额 */
  amount_without_tax?: string;
  /** 扣除额 */
  deductions?: string;
  /** 税收分类编码 */
  goods_tax_no?: string;
  /** 编码版本号 */
  goods_tax_no_version?: string;
  /** 数量 */
  quantity?: string;
  /** 规格型号 */
  specifications?: string;
  /** 税额 */
  tax_amount?: string;
  /** 是否享受税收优惠政策 */
  tax_pre?: string;
  /** 享受税收优惠政策内容 */
  tax_pre_con?: string;
  /** 税率 */
  tax_rate?: string;
  /** 通行日期止 */
  toll_end_date?: string;
  /** 通行日期起 */
  toll_start_date?: string;
  /** 数量单位 */
  unit?: string;
  /** 单价 */
  unit_price?: string;
  /** 零税率标志 */
  zero_tax?: string;
  /** 项目名称 */
  item_name?: string;
  /** 项目编码 */
  item_code?: string;
}

/** `Response` of `alibaba.cfo.incoming.invoice.ledger.fullysync`. */
export interface AlibabaCfoIncomingInvoiceLedgerFullysyncResponse2 {
  /** 响应码 */
  response_code?: string;
  /** 响应消息 */
  response_msg?: string;
  /** 是否成功 */
  succeeded?: string;
}

const REQUEST_SCHEMA = {
  param_pyt_ledger_sync_request: {
    account_type: 'String',
    amount_with_tax: 'String',
    amount_without_tax: 'String',
    auth_remark: 'String',
    auth_status: 'String',
    auth_style: 'String',
    auth_tax_period: 'String',
    auth_use: 'String',
    biz_order_no: 'String',
    buyer_address_tel: 'String',
    buyer_bank_account: 'String',
    buyer_bank_info: 'String',
    buyer_bank_name: 'String',
    buyer_name: 'String',
    buyer_tax_no: 'String',
    check_code: 'String',
    cipher_text: 'String',
    cipher_text_q_r_code: 'String',
    date_issued: 'String',
    details: [
      {
        amount_with_tax: 'String',
        amount_without_tax: 'String',
        deductions: 'String',
        goods_tax_no: 'String',
        goods_tax_no_version: 'String',
        quantity: 'String',
        specifications: 'String',
        tax_amount: 'String',
        tax_pre: 'String',
        tax_pre_con: 'String',
        tax_rate: 'String',
        toll_end_date: 'String',
        toll_start_date: 'String',
        unit: 'String',
        unit_price: 'String',
        zero_tax: 'String',
        item_name: 'String',
        item_code: 'String',
      },
    ],
    effective_tax_amount: 'String',
    el_confirm_date: 'String',
    el_sync_time: 'String',
    extended_attrs: 'String',
    invoice_code: 'String',
    invoice_color: 'String',
    invoice_type: 'String',
    invoice_no: 'String',
    invoice_source: 'String',
    invoice_style_type: 'String',
    issuer: 'String',
    machine_code: 'String',
    no_auth_reason: 'String',
    original_invoice_code: 'String',
    original_invoice_no: 'String',
    payee: 'String',
    pdf_url: 'String',
    remark: 'String',
    reverse_amount_with_tax: 'String',
    reverse_amount_without_tax: 'String',
    reverse_flag: 'String',
    reverse_tax_amount: 'String',
    reviewer: 'String',
    sale_list_file_flag: 'String',
    seller_address: 'String',
    seller_address_tel: 'String',
    seller_bank_account: 'String',
    seller_bank_info: 'String',
    seller_bank_name: 'String',
    seller_name: 'String',
    seller_tax_no: 'String',
    seller_tel: 'String',
    source: 'String',
    special_type: 'String',
    status: 'String',
    tax_amount: 'String',
    tax_invoice_source: 'String',
    tax_rate: 'String',
    send_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    response_code: 'String',
    response_msg: 'String',
    succeeded: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cfo.incoming.invoice.ledger.fullysync`: method, response root, request and response schemas. */
export const alibabaCfoIncomingInvoiceLedgerFullysyncOperation = {
  method: 'alibaba.cfo.incoming.invoice.ledger.fullysync',
  responseRoot: 'alibaba_cfo_incoming_invoice_ledger_fullysync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 票易通全量底账数据同步 — calls TOP method `alibaba.cfo.incoming.invoice.ledger.fullysync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCfoIncomingInvoiceLedgerFullysync(
  client: TopClient,
  request: AlibabaCfoIncomingInvoiceLedgerFullysyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaCfoIncomingInvoiceLedgerFullysyncResponse> {
  return client.call<AlibabaCfoIncomingInvoiceLedgerFullysyncResponse>(
    {
      method: 'alibaba.cfo.incoming.invoice.ledger.fullysync',
      responseRoot: 'alibaba_cfo_incoming_invoice_ledger_fullysync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
