// Generated from specs/einvoice/alibaba.einvoice.tax.opt.salarybill.commitbill.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.salarybill.commitbill` (提交发薪账单). */
export interface AlibabaEinvoiceTaxOptSalarybillCommitbillRequest {
  /** 入参 */
  param_tax_optimization_salary_bill_commit_req_d_t_o?: AlibabaEinvoiceTaxOptSalarybillCommitbillTaxOptimizationSalaryBillCommitReqDtoInput;
}

/** Response of `alibaba.einvoice.tax.opt.salarybill.commitbill`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptSalarybillCommitbillResponse {
  /** 承包商编码 */
  contractor_code?: string;
  /** 明细id */
  detail_id?: string;
  /** 业务方编码 */
  employer_code?: string;
  /** 用户在业务方平台userid */
  identification_in_belonging_employer?: string;
  /** 错误码 */
  result_code?: string;
  /** 错误原因 */
  result_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxOptimizationSalaryBillCommitReqDto` of `alibaba.einvoice.tax.opt.salarybill.commitbill`. */
export interface AlibabaEinvoiceTaxOptSalarybillCommitbillTaxOptimizationSalaryBillCommitReqDtoInput {
  /** 账期 */
  account_date?: string;
  /** 是否关闭账期 */
  close_account_date?: boolean;
  /** 发薪isv对应的发薪额度 */
  contractor_applied_dutiable_amount?: string;
  /** 发薪明细 */
  detail_list?: AlibabaEinvoiceTaxOptSalarybillCommitbillTaxOptimizationSalaryDetailInfoDtoInput[];
  /** 业务方编码 */
  employer_code?: string;
  /** 是否开启账单 */
  start_account_date?: boolean;
  /** 总账单明细数 */
  total_detail_count?: Int64Input;
}

/** `TaxOptimizationSalaryDetailInfoDto` of `alibaba.einvoice.tax.opt.salarybill.commitbill`. */
export interface AlibabaEinvoiceTaxOptSalarybillCommitbillTaxOptimizationSalaryDetailInfoDtoInput {
  /** 明细金额 */
  amount?: Int64Input;
  /** 承包商编码 */
  contractor_code?: string;
  /** 创建时间 */
  create_time?: DateInput;
  /** 明细id */
  detail_id?: string;
  /** 用户在业务平台的userid */
  identification_in_belonging_employer?: string;
}

const REQUEST_SCHEMA = {
  param_tax_optimization_salary_bill_commit_req_d_t_o: {
    account_date: 'String',
    close_account_date: 'Boolean',
    contractor_applied_dutiable_amount: 'String',
    detail_list: [
      {
        amount: 'Number',
        contractor_code: 'String',
        create_time: 'Date',
        detail_id: 'String',
        identification_in_belonging_employer: 'String',
      },
    ],
    employer_code: 'String',
    start_account_date: 'Boolean',
    total_detail_count: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  contractor_code: 'String',
  detail_id: 'String',
  employer_code: 'String',
  identification_in_belonging_employer: 'String',
  result_code: 'String',
  result_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.salarybill.commitbill`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptSalarybillCommitbillOperation = {
  method: 'alibaba.einvoice.tax.opt.salarybill.commitbill',
  responseRoot: 'alibaba_einvoice_tax_opt_salarybill_commitbill_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交发薪账单 — calls TOP method `alibaba.einvoice.tax.opt.salarybill.commitbill`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptSalarybillCommitbill(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptSalarybillCommitbillRequest = {},
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptSalarybillCommitbillResponse> {
  return client.call<AlibabaEinvoiceTaxOptSalarybillCommitbillResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.salarybill.commitbill',
      responseRoot: 'alibaba_einvoice_tax_opt_salarybill_commitbill_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
