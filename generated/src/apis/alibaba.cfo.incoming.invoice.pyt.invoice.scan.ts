// Generated from specs/fpm/alibaba.cfo.incoming.invoice.pyt.invoice.scan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cfo.incoming.invoice.pyt.invoice.scan` (票易通发票ocr信息同步). */
export interface AlibabaCfoIncomingInvoicePytInvoiceScanRequest {
  /** ocr录入请求体 */
  scan_request?: AlibabaCfoIncomingInvoicePytInvoiceScanInvoiceScanRequestInput;
}

/** Response of `alibaba.cfo.incoming.invoice.pyt.invoice.scan`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCfoIncomingInvoicePytInvoiceScanResponse {
  /** 空值 */
  data?: string;
  /** 是否成功 */
  succeeded?: boolean;
  /** 响应码 */
  response_code?: string;
  /** 响应消息 */
  response_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InvoiceScanRequest` of `alibaba.cfo.incoming.invoice.pyt.invoice.scan`. */
export interface AlibabaCfoIncomingInvoicePytInvoiceScanInvoiceScanRequestInput {
  /** 发票实体 */
  invoice_scan_share_data?: AlibabaCfoIncomingInvoicePytInvoiceScanXforceInvoiceDtoInput[];
  /** 扫描时间 */
  _t?: Int64Input;
  /** 签名值 */
  sign?: string;
  /** 应用code */
  appcode?: string;
}

/** `XforceInvoiceDto` of `alibaba.cfo.incoming.invoice.pyt.invoice.scan`. */
export interface AlibabaCfoIncomingInvoicePytInvoiceScanXforceInvoiceDtoInput {
  /** 发票头 */
  head?: AlibabaCfoIncomingInvoicePytInvoiceScanInvoiceMainExtInput;
  /** 发票行 */
  detail_list?: AlibabaCfoIncomingInvoicePytInvoiceScanInvoiceDetailsInput[];
}

/** `InvoiceMainExt` of `alibaba.cfo.incoming.invoice.pyt.invoice.scan`. */
export interface AlibabaCfoIncomingInvoicePytInvoiceScanInvoiceMainExtInput {
  /** 申请人 */
  auth_apply_user_id?: string;
  /** 扫描时间 */
  scan_time?: string;
  /** 销方名称 */
  seller_name?: string;
  /** 备注 */
  remark?: string;
  /** 购方编码 */
  purchaser_code?: string;
  /** 发票密文（字符200位） */
  cipher_text?: string;
  /** 申请时间 */
  auth_apply_time?: DateInput;
  /** 发票类型 */
  invoice_type?: string;
  /** 代开税号 */
  issued_tax_no?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 附件的resourceId(上传影响接口返回) */
  file_id?: string;
  /** 不含税金额 */
  amount_without_tax?: string;
  /** 批次号 */
  batch_no?: string;
  /** 机器编号（字符20位） */
  machine_code?: string;
  /** 扫描员工号 */
  scan_user_id?: string;
  /** 发票代码 */
  invoice_code?: string;
  /** 二维码发票标记 */
  two_code_flag?: string;
  /** 扫描账号 */
  scan_account?: string;
  /** 购方名称 */
  purchaser_name?: string;
  /** 税率 */
  tax_rate?: string;
  /** 销方税号 */
  seller_tax_no?: string;
  /** 二维码密文 （字符1000位） 二维码发票必填 */
  cipher_text_twocode?: string;
  /** 购方税号 */
  purchaser_tax_no?: string;
  /** 校验码 */
  verify_no?: string;
  /** 发票开票日期 */
  paper_drew_date?: DateInput;
  /** 税额 */
  tax_amount?: string;
  /** 快递号 */
  waybill_no?: string;
  /** 关联单据号 */
  doc_no?: string;
  /** 发票类型（支持全票种） */
  document_type?: string;
}

/** `InvoiceDetails` of `alibaba.cfo.incoming.invoice.pyt.invoice.scan`. */
export interface AlibabaCfoIncomingInvoicePytInvoiceScanInvoiceDetailsInput {
  /** 单价 */
  unit_price?: string;
  /** 不含税金额 */
  amount_without_tax?: string;
  /** 规格型号 */
  item_spec?: string;
  /** 税率 */
  tax_rate?: string;
  /** 数量 */
  quantity?: string;
  /** 货物或应税劳务名称 */
  cargo_name?: string;
  /** 单位 */
  quantity_unit?: string;
  /** 税额 */
  tax_amount?: string;
}

const REQUEST_SCHEMA = {
  scan_request: {
    invoice_scan_share_data: [
      {
        head: {
          auth_apply_user_id: 'String',
          scan_time: 'String',
          seller_name: 'String',
          remark: 'String',
          purchaser_code: 'String',
          cipher_text: 'String',
          auth_apply_time: 'Date',
          invoice_type: 'String',
          issued_tax_no: 'String',
          invoice_no: 'String',
          file_id: 'String',
          amount_without_tax: 'String',
          batch_no: 'String',
          machine_code: 'String',
          scan_user_id: 'String',
          invoice_code: 'String',
          two_code_flag: 'String',
          scan_account: 'String',
          purchaser_name: 'String',
          tax_rate: 'String',
          seller_tax_no: 'String',
          cipher_text_twocode: 'String',
          purchaser_tax_no: 'String',
          verify_no: 'String',
          paper_drew_date: 'Date',
          tax_amount: 'String',
          waybill_no: 'String',
          doc_no: 'String',
          document_type: 'String',
        },
        detail_list: [
          {
            unit_price: 'String',
            amount_without_tax: 'String',
            item_spec: 'String',
            tax_rate: 'String',
            quantity: 'String',
            cargo_name: 'String',
            quantity_unit: 'String',
            tax_amount: 'String',
          },
        ],
      },
    ],
    _t: 'Number',
    sign: 'String',
    appcode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  succeeded: 'Boolean',
  response_code: 'String',
  response_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cfo.incoming.invoice.pyt.invoice.scan`: method, response root, request and response schemas. */
export const alibabaCfoIncomingInvoicePytInvoiceScanOperation = {
  method: 'alibaba.cfo.incoming.invoice.pyt.invoice.scan',
  responseRoot: 'alibaba_cfo_incoming_invoice_pyt_invoice_scan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 票易通发票ocr信息同步 — calls TOP method `alibaba.cfo.incoming.invoice.pyt.invoice.scan`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCfoIncomingInvoicePytInvoiceScan(
  client: TopClient,
  request: AlibabaCfoIncomingInvoicePytInvoiceScanRequest = {},
  options?: CallOptions,
): Promise<AlibabaCfoIncomingInvoicePytInvoiceScanResponse> {
  return client.call<AlibabaCfoIncomingInvoicePytInvoiceScanResponse>(
    {
      method: 'alibaba.cfo.incoming.invoice.pyt.invoice.scan',
      responseRoot: 'alibaba_cfo_incoming_invoice_pyt_invoice_scan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
