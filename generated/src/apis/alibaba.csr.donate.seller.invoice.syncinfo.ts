// Generated from specs/charity/alibaba.csr.donate.seller.invoice.syncinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.csr.donate.seller.invoice.syncinfo` (链上同步商家票据信息). */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoRequest {
  /** 请求request */
  csr_invoice_ant_chain_sync_dto?: AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceAntChainSyncDTOInput;
}

/** Response of `alibaba.csr.donate.seller.invoice.syncinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoResponse {
  /** 响应描述信息 */
  res_msg?: string;
  /** 响应码 */
  res_code?: Int64;
  /** 响应数据 */
  res_data?: string;
  /** 是否处理成功 */
  res_success?: boolean;
  /** 忽略 */
  res_localized_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CsrInvoiceAntChainSyncDTO` of `alibaba.csr.donate.seller.invoice.syncinfo`. */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceAntChainSyncDTOInput {
  /** 项目金额集合 */
  project_list?: AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceApplyProjectDTOInput[];
  /** 社会统一信用代码 */
  unified_credit_code?: string;
  /** 机构id */
  invoice_org_id?: string;
  /** 账单集合 */
  bill_list?: AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceBillDTOInput[];
  /** 发票状态 */
  invoice_state?: Int64Input;
  /** 联系人电话 */
  merchant_tel?: string;
  /** 发票金额，分 */
  invoice_amount?: Int64Input;
  /** 开户行账号 */
  account_number?: string;
  /** 联系人 */
  merchant_contact?: string;
  /** 开户行 */
  account_bank?: string;
  /** 商家昵称 */
  merchant_nick_name?: string;
  /** 申请开票时间，ms */
  application_time?: Int64Input;
  /** 商家id */
  merchant_id?: Int64Input;
  /** 联系人地址 */
  merchant_address?: string;
  /** 发票id */
  invoice_id?: string;
  /** 店铺id */
  shop_id?: Int64Input;
  /** 发票抬头 */
  invoice_title?: string;
  /** 发票开票文件 */
  file_list?: AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceFileDTOInput[];
  /** 备注-拒绝原因 */
  invoice_remark?: string;
  /** list */
  bill_no_list?: AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceBillNoDTOInput[];
}

/** `CsrInvoiceApplyProjectDTO` of `alibaba.csr.donate.seller.invoice.syncinfo`. */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceApplyProjectDTOInput {
  /** 项目金额 */
  project_amount?: Int64Input;
  /** 项目名称 */
  project_name?: string;
}

/** `CsrInvoiceBillDTO` of `alibaba.csr.donate.seller.invoice.syncinfo`. */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceBillDTOInput {
  /** 文件名称 */
  bill_file?: string;
  /** 账期 */
  bill_cycle?: string;
  /** 标准文件名称 */
  bill_detail_standard_file?: string;
}

/** `CsrInvoiceFileDTO` of `alibaba.csr.donate.seller.invoice.syncinfo`. */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceFileDTOInput {
  /** 线上开票-文件名称 */
  file_name?: string;
  /** 线下开票-快递单号 */
  express_no?: string;
  /** 线下开票-快递商名称 */
  express_type?: string;
  /** 线上开票-文件地址 */
  file_url?: string;
}

/** `CsrInvoiceBillNoDTO` of `alibaba.csr.donate.seller.invoice.syncinfo`. */
export interface AlibabaCsrDonateSellerInvoiceSyncinfoCsrInvoiceBillNoDTOInput {
  /** 账单编号 */
  bill_id?: string;
  /** 账单时间 */
  bill_time?: Int64Input;
}

const REQUEST_SCHEMA = {
  csr_invoice_ant_chain_sync_dto: {
    project_list: [
      {
        project_amount: 'Number',
        project_name: 'String',
      },
    ],
    unified_credit_code: 'String',
    invoice_org_id: 'String',
    bill_list: [
      {
        bill_file: 'String',
        bill_cycle: 'String',
        bill_detail_standard_file: 'String',
      },
    ],
    invoice_state: 'Number',
    merchant_tel: 'String',
    invoice_amount: 'Number',
    account_number: 'String',
    merchant_contact: 'String',
    account_bank: 'String',
    merchant_nick_name: 'String',
    application_time: 'Number',
    merchant_id: 'Number',
    merchant_address: 'String',
    invoice_id: 'String',
    shop_id: 'Number',
    invoice_title: 'String',
    file_list: [
      {
        file_name: 'String',
        express_no: 'String',
        express_type: 'String',
        file_url: 'String',
      },
    ],
    invoice_remark: 'String',
    bill_no_list: [
      {
        bill_id: 'String',
        bill_time: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  res_msg: 'String',
  res_code: 'Number',
  res_data: 'String',
  res_success: 'Boolean',
  res_localized_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.csr.donate.seller.invoice.syncinfo`: method, response root, request and response schemas. */
export const alibabaCsrDonateSellerInvoiceSyncinfoOperation = {
  method: 'alibaba.csr.donate.seller.invoice.syncinfo',
  responseRoot: 'alibaba_csr_donate_seller_invoice_syncinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 链上同步商家票据信息 — calls TOP method `alibaba.csr.donate.seller.invoice.syncinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCsrDonateSellerInvoiceSyncinfo(
  client: TopClient,
  request: AlibabaCsrDonateSellerInvoiceSyncinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaCsrDonateSellerInvoiceSyncinfoResponse> {
  return client.call<AlibabaCsrDonateSellerInvoiceSyncinfoResponse>(
    {
      method: 'alibaba.csr.donate.seller.invoice.syncinfo',
      responseRoot: 'alibaba_csr_donate_seller_invoice_syncinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
