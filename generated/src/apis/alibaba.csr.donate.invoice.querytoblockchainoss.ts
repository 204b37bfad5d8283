// Generated from specs/charity/alibaba.csr.donate.invoice.querytoblockchainoss.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.csr.donate.invoice.querytoblockchainoss` (触发odps任务离线查询公益宝贝开票对账明细). */
export interface AlibabaCsrDonateInvoiceQuerytoblockchainossRequest {
  /** 公益宝贝开票对账信息查询入参 */
  account_check_query: AlibabaCsrDonateInvoiceQuerytoblockchainossAccountCheckQueryInput;
}

/** Response of `alibaba.csr.donate.invoice.querytoblockchainoss`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCsrDonateInvoiceQuerytoblockchainossResponse {
  /** 错误信息 */
  fail_msg?: string;
  /** 错误码 */
  fail_code?: Int64;
  /** 是否成功 */
  has_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccountCheckQuery` of `alibaba.csr.donate.invoice.querytoblockchainoss`. */
export interface AlibabaCsrDonateInvoiceQuerytoblockchainossAccountCheckQueryInput {
  /** 商家id */
  merchant_id: Int64Input;
  /** 公益组织id */
  invoice_org_id: string;
  /** 账单列表 */
  bill_list: AlibabaCsrDonateInvoiceQuerytoblockchainossBillDTOInput[];
  /** 开票申请id */
  invoice_id: string;
}

/** `BillDTO` of `alibaba.csr.donate.invoice.querytoblockchainoss`. */
export interface AlibabaCsrDonateInvoiceQuerytoblockchainossBillDTOInput {
  /** 账期 */
  bill_time?: Int64Input;
  /** 账单编号 */
  bill_id?: string;
}

const REQUEST_SCHEMA = {
  account_check_query: {
    merchant_id: 'Number',
    invoice_org_id: 'String',
    bill_list: [
      {
        bill_time: 'Number',
        bill_id: 'String',
      },
    ],
    invoice_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fail_msg: 'String',
  fail_code: 'Number',
  has_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.csr.donate.invoice.querytoblockchainoss`: method, response root, request and response schemas. */
export const alibabaCsrDonateInvoiceQuerytoblockchainossOperation = {
  method: 'alibaba.csr.donate.invoice.querytoblockchainoss',
  responseRoot: 'alibaba_csr_donate_invoice_querytoblockchainoss_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 触发odps任务离线查询公益宝贝开票对账明细 — calls TOP method `alibaba.csr.donate.invoice.querytoblockchainoss`.
 *
 * 提供给蚂蚁链上公益团队，用于触发odps任务离线查询公益宝贝开票对账明细
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCsrDonateInvoiceQuerytoblockchainoss(
  client: TopClient,
  request: AlibabaCsrDonateInvoiceQuerytoblockchainossRequest,
  options?: CallOptions,
): Promise<AlibabaCsrDonateInvoiceQuerytoblockchainossResponse> {
  return client.call<AlibabaCsrDonateInvoiceQuerytoblockchainossResponse>(
    {
      method: 'alibaba.csr.donate.invoice.querytoblockchainoss',
      responseRoot: 'alibaba_csr_donate_invoice_querytoblockchainoss_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
