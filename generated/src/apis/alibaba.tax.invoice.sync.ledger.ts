// Generated from specs/fundplatform/alibaba.tax.invoice.sync.ledger.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tax.invoice.sync.ledger` (同步底账数据). */
export interface AlibabaTaxInvoiceSyncLedgerRequest {
  /** 参数 */
  param_sync_ledger_invoice_request?: AlibabaTaxInvoiceSyncLedgerSyncLedgerInvoiceRequestInput;
}

/** Response of `alibaba.tax.invoice.sync.ledger`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTaxInvoiceSyncLedgerResponse {
  /** 响应编码 */
  response_code?: string;
  /** 异常消息 */
  response_msg?: string;
  /** true/false */
  succeeded?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SyncLedgerInvoiceRequest` of `alibaba.tax.invoice.sync.ledger`. */
export interface AlibabaTaxInvoiceSyncLedgerSyncLedgerInvoiceRequestInput {
  /** 金额 */
  amount: string;
  /** 认证时间 */
  certify_date?: DateInput;
  /** 认证标识 */
  certify_flag?: string;
  /** 校验码 */
  check_sum?: string;
  /** 勾选时间 */
  check_certify_time?: DateInput;
  /** 密码区 */
  cipher_text?: string;
  /** 不含税金额 */
  excluding_tax_amount: string;
  /** 发票行 */
  input_invoice_line_d_t_o_list?: AlibabaTaxInvoiceSyncLedgerInputInvoiceLineLedgerDtoInput[];
  /** 发票代码 */
  invoice_code: string;
  /** 开票日期 */
  invoice_date: DateInput;
  /** 发票号码 */
  invoice_no: string;
  /** 发票状态 */
  invoice_status?: string;
  /** 发票类型 */
  invoice_type: string;
  /** 勾选状态 */
  check_certify_status?: string;
  /** 机器编码 */
  machine_code?: string;
  /** 购方银行信息 */
  purchaser_bank_info?: string;
  /** 购方联系方式 */
  purchaser_contact_info?: string;
  /** 购方名称 */
  purchaser_name?: string;
  /** 购方税号 */
  purchaser_tax_no: string;
  /** 备注 */
  remark?: string;
  /** 销方银行信息 */
  seller_bank_info?: string;
  /** 销方联系人信息 */
  seller_contact_info?: string;
  /** 销方名称 */
  seller_name: string;
  /** 销方税号 */
  seller_tax_no: string;
  /** 税额 */
  tax_amount: string;
  /** 所属期 */
  tax_period?: string;
  /** 有效税额 */
  effective_tax_amount?: string;
  /** 认证方式标识 */
  tax_deduct_fag?: string;
}

/** `InputInvoiceLineLedgerDto` of `alibaba.tax.invoice.sync.ledger`. */
export interface AlibabaTaxInvoiceSyncLedgerInputInvoiceLineLedgerDtoInput {
  /** 总金额 */
  amount?: string;
  /** 不含税金额 */
  excluding_tax_amount?: string;
  /** 货物名称 */
  goods_desc?: string;
  /** 规格型号 */
  model?: string;
  /** 数量 */
  quantity?: string;
  /** 单位 */
  quantity_unit?: string;
  /** 不含税金额 */
  tax_amount?: string;
  /** 单价 */
  unit_price?: string;
  /** 税率 */
  tax_rate?: string;
}

const REQUEST_SCHEMA = {
  param_sync_ledger_invoice_request: {
    amount: 'String',
    certify_date: 'Date',
    certify_flag: 'String',
    check_sum: 'String',
    check_certify_time: 'Date',
    cipher_text: 'String',
    excluding_tax_amount: 'String',
    input_invoice_line_d_t_o_list: [
      {
        amount: 'String',
        excluding_tax_amount: 'String',
        goods_desc: 'String',
        model: 'String',
        quantity: 'String',
        quantity_unit: 'String',
        tax_amount: 'String',
        unit_price: 'String',
        tax_rate: 'String',
      },
    ],
    invoice_code: 'String',
    invoice_date: 'Date',
    invoice_no: 'String',
    invoice_status: 'String',
    invoice_type: 'String',
    check_certify_status: 'String',
    machine_code: 'String',
    purchaser_bank_info: 'String',
    purchaser_contact_info: 'String',
    purchaser_name: 'String',
    purchaser_tax_no: 'String',
    remark: 'String',
    seller_bank_info: 'String',
    seller_contact_info: 'String',
    seller_name: 'String',
    seller_tax_no: 'String',
    tax_amount: 'String',
    tax_period: 'String',
    effective_tax_amount: 'String',
    tax_deduct_fag: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response_code: 'String',
  response_msg: 'String',
  succeeded: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tax.invoice.sync.ledger`: method, response root, request and response schemas. */
export const alibabaTaxInvoiceSyncLedgerOperation = {
  method: 'alibaba.tax.invoice.sync.ledger',
  responseRoot: 'alibaba_tax_invoice_sync_ledger_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步底账数据 — calls TOP method `alibaba.tax.invoice.sync.ledger`.
 *
 * 接收第三方服务（如：票易通）同步过来的底账发票数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTaxInvoiceSyncLedger(
  client: TopClient,
  request: AlibabaTaxInvoiceSyncLedgerRequest = {},
  options?: CallOptions,
): Promise<AlibabaTaxInvoiceSyncLedgerResponse> {
  return client.call<AlibabaTaxInvoiceSyncLedgerResponse>(
    {
      method: 'alibaba.tax.invoice.sync.ledger',
      responseRoot: 'alibaba_tax_invoice_sync_ledger_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
