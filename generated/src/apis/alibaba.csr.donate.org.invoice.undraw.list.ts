// Generated from specs/charity/alibaba.csr.donate.org.invoice.undraw.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.csr.donate.org.invoice.undraw.list` (获取机构待开票列表). */
export interface AlibabaCsrDonateOrgInvoiceUndrawListRequest {
  /** 请求参数 */
  csr_invoice_external_org_query_dto?: AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceExternalOrgQueryDTOInput;
}

/** Response of `alibaba.csr.donate.org.invoice.undraw.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCsrDonateOrgInvoiceUndrawListResponse {
  /** 响应描述信息 */
  res_msg?: string;
  /** 响应码，200成功，非200失败 */
  res_code?: Int64;
  /** 响应数据 */
  res_data?: AlibabaCsrDonateOrgInvoiceUndrawListCsrPage;
  /** 是否成功响应 */
  res_success?: boolean;
  /** 无 */
  res_localized_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CsrInvoiceExternalOrgQueryDTO` of `alibaba.csr.donate.org.invoice.undraw.list`. */
export interface AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceExternalOrgQueryDTOInput {
  /** 分页页码 */
  page_index?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
}

/** `CsrPage` of `alibaba.csr.donate.org.invoice.undraw.list`. */
export interface AlibabaCsrDonateOrgInvoiceUndrawListCsrPage {
  /** 总条数 */
  total?: Int64;
  /** 总页数 */
  pages?: Int64;
  /** 分页大小，默认20，最大100 */
  page_size?: Int64;
  /** 分页数据 */
  list?: AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceExternalOrgQueryResultDTO[];
  /** 当前页码 */
  page_num?: Int64;
}

/** `CsrInvoiceExternalOrgQueryResultDTO` of `alibaba.csr.donate.org.invoice.undraw.list`. */
export interface AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceExternalOrgQueryResultDTO {
  /** 商家昵称 */
  seller_nick?: string;
  /** 项目金额明细 */
  project_list?: AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceApplyProjectDTO[];
  /** 商家联系人电话 */
  contact_mobile?: string;
  /** 统一社会信用代码 */
  unified_credit_code?: string;
  /** 商家联系人 */
  contact_name?: string;
  /** 受理操作人 */
  accept_operator?: string;
  /** 账单信息 */
  bill_info?: AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceBillDTO;
  /** 店铺名称 */
  shop_name?: string;
  /** 发票状态，1:已受理 */
  invoice_state?: Int64;
  /** 票据金额，单位分 */
  invoice_amount?: Int64;
  /** 机构唯一标识 */
  org_promote_id?: string;
  /** 开户行名称 */
  account_bank?: string;
  /** 开户行账号 */
  account_no?: string;
  /** 纸质:paper/电子electronic */
  invoice_type?: string;
  /** 商家联系人地址 */
  contact_address?: string;
  /** 发票id */
  invoice_id?: string;
  /** 店铺id */
  shop_id?: Int64;
  /** 申请时间-ms时间戳 */
  apply_time?: Int64;
  /** 发票抬头 */
  invoice_title?: string;
}

/** `CsrInvoiceApplyProjectDTO` of `alibaba.csr.donate.org.invoice.undraw.list`. */
export interface AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceApplyProjectDTO {
  /** 项目金额，单位分 */
  project_amount?: Int64;
  /** 项目名称 */
  project_name?: string;
}

/** `CsrInvoiceBillDTO` of `alibaba.csr.donate.org.invoice.undraw.list`. */
export interface AlibabaCsrDonateOrgInvoiceUndrawListCsrInvoiceBillDTO {
  /** 账单明细文件地址，行数据中携带制表符 */
  bill_file?: string;
  /** 账期 */
  bill_cycle?: string;
  /** 账单明细文件地址,行数据中不带制表符 */
  bill_detail_standard_file?: string;
}

const REQUEST_SCHEMA = {
  csr_invoice_external_org_query_dto: {
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  res_msg: 'String',
  res_code: 'Number',
  res_data: {
    total: 'Number',
    pages: 'Number',
    page_size: 'Number',
    list: [
      {
        seller_nick: 'String',
        project_list: [
          {
            project_amount: 'Number',
            project_name: 'String',
          },
        ],
        contact_mobile: 'String',
        unified_credit_code: 'String',
        contact_name: 'String',
        accept_operator: 'String',
        bill_info: {
          bill_file: 'String',
          bill_cycle: 'String',
          bill_detail_standard_file: 'String',
        },
        shop_name: 'String',
        invoice_state: 'Number',
        invoice_amount: 'Number',
        org_promote_id: 'String',
        account_bank: 'String',
        account_no: 'String',
        invoice_type: 'String',
        contact_address: 'String',
        invoice_id: 'String',
        shop_id: 'Number',
        apply_time: 'Number',
        invoice_title: 'String',
      },
    ],
    page_num: 'Number',
  },
  res_success: 'Boolean',
  res_localized_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.csr.donate.org.invoice.undraw.list`: method, response root, request and response schemas. */
export const alibabaCsrDonateOrgInvoiceUndrawListOperation = {
  method: 'alibaba.csr.donate.org.invoice.undraw.list',
  responseRoot: 'alibaba_csr_donate_org_invoice_undraw_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取机构待开票列表 — calls TOP method `alibaba.csr.donate.org.invoice.undraw.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCsrDonateOrgInvoiceUndrawList(
  client: TopClient,
  request: AlibabaCsrDonateOrgInvoiceUndrawListRequest = {},
  options?: CallOptions,
): Promise<AlibabaCsrDonateOrgInvoiceUndrawListResponse> {
  return client.call<AlibabaCsrDonateOrgInvoiceUndrawListResponse>(
    {
      method: 'alibaba.csr.donate.org.invoice.undraw.list',
      responseRoot: 'alibaba_csr_donate_org_invoice_undraw_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
