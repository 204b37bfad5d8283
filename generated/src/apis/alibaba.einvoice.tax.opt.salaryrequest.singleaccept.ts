// Generated from specs/einvoice/alibaba.einvoice.tax.opt.salaryrequest.singleaccept.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.salaryrequest.singleaccept` (单明细发薪受理). */
export interface AlibabaEinvoiceTaxOptSalaryrequestSingleacceptRequest {
  /** 入参 */
  param_tax_optimization_single_detail_salary_payment_access_d_t_o: AlibabaEinvoiceTaxOptSalaryrequestSingleacceptTaxOptimizationSingleDetailSalaryPaymentAccessDtoInput;
}

/** Response of `alibaba.einvoice.tax.opt.salaryrequest.singleaccept`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptSalaryrequestSingleacceptResponse {
  /** 返回结果类 */
  result?: AlibabaEinvoiceTaxOptSalaryrequestSingleacceptTaxOptimizationSingleDetailPaymentAccessResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxOptimizationSingleDetailSalaryPaymentAccessDto` of `alibaba.einvoice.tax.opt.salaryrequest.singleaccept`. */
export interface AlibabaEinvoiceTaxOptSalaryrequestSingleacceptTaxOptimizationSingleDetailSalaryPaymentAccessDtoInput {
  /** 发薪金额 */
  apply_amount: Int64Input;
  /** 业务提交时间 */
  business_time: DateInput;
  /** 承包商编码 */
  contractor_code: string;
  /** 发薪流水id */
  detail_id: string;
  /** 业务方编码 */
  employer_code: string;
  /** 用户在业务方的userid */
  identification_in_belonging_employer: string;
  /** 业务自定义发薪备注 */
  salary_remark?: string;
}

/** `TaxOptimizationSingleDetailPaymentAccessResultDto` of `alibaba.einvoice.tax.opt.salaryrequest.singleaccept`. */
export interface AlibabaEinvoiceTaxOptSalaryrequestSingleacceptTaxOptimizationSingleDetailPaymentAccessResultDto {
  /** 服务返回结果 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_tax_optimization_single_detail_salary_payment_access_d_t_o: {
    apply_amount: 'Number',
    business_time: 'Date',
    contractor_code: 'String',
    detail_id: 'String',
    employer_code: 'String',
    identification_in_belonging_employer: 'String',
    salary_remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.salaryrequest.singleaccept`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptSalaryrequestSingleacceptOperation = {
  method: 'alibaba.einvoice.tax.opt.salaryrequest.singleaccept',
  responseRoot: 'alibaba_einvoice_tax_opt_salaryrequest_singleaccept_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单明细发薪受理 — calls TOP method `alibaba.einvoice.tax.opt.salaryrequest.singleaccept`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptSalaryrequestSingleaccept(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptSalaryrequestSingleacceptRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptSalaryrequestSingleacceptResponse> {
  return client.call<AlibabaEinvoiceTaxOptSalaryrequestSingleacceptResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.salaryrequest.singleaccept',
      responseRoot: 'alibaba_einvoice_tax_opt_salaryrequest_singleaccept_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
