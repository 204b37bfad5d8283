// Generated from specs/einvoice/alibaba.einvoice.tax.opt.salaryrequest.acceptpayment.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.salaryrequest.acceptpayment` (受理发薪). */
export interface AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentRequest {
  /** 请求入参 */
  param_tax_optimization_salary_payment_access_req_d_t_o?: AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentTaxOptimizationSalaryPaymentAccessReqDtoInput;
}

/** Response of `alibaba.einvoice.tax.opt.salaryrequest.acceptpayment`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentResponse {
  /** 服务出参 */
  result?: AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentTaxOptimizationSalaryPaymentAccessResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxOptimizationSalaryPaymentAccessReqDto` of `alibaba.einvoice.tax.opt.salaryrequest.acceptpayment`. */
export interface AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentTaxOptimizationSalaryPaymentAccessReqDtoInput {
  /** 账期 */
  account_date?: string;
  /** 发薪金额 */
  apply_amount?: string;
  /** 业务时间 */
  business_time?: DateInput;
  /** 发薪明细列表 */
  detail_id_list?: string[];
  /** 业务方编码 */
  employer_code: string;
  /** 用户在业务方平台的userid */
  identification_in_belonging_employer?: string;
  /** 发薪模式 */
  pay_salary_mode: string;
  /** 请求id */
  request_id: string;
}

/** `TaxOptimizationSalaryPaymentAccessResultDto` of `alibaba.einvoice.tax.opt.salaryrequest.acceptpayment`. */
export interface AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentTaxOptimizationSalaryPaymentAccessResultDto {
  /** 失败的个数 */
  fail_count?: Int64;
  /** 正在处理的个数 */
  processing_count?: Int64;
  /** 发薪状态 */
  status?: string;
  /** 成功的个数 */
  success_count?: Int64;
  /** 总的发薪个数 */
  total_count?: Int64;
}

const REQUEST_SCHEMA = {
  param_tax_optimization_salary_payment_access_req_d_t_o: {
    account_date: 'String',
    apply_amount: 'String',
    business_time: 'Date',
    detail_id_list: ['String'],
    employer_code: 'String',
    identification_in_belonging_employer: 'String',
    pay_salary_mode: 'String',
    request_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    fail_count: 'Number',
    processing_count: 'Number',
    status: 'String',
    success_count: 'Number',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.salaryrequest.acceptpayment`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptSalaryrequestAcceptpaymentOperation = {
  method: 'alibaba.einvoice.tax.opt.salaryrequest.acceptpayment',
  responseRoot: 'alibaba_einvoice_tax_opt_salaryrequest_acceptpayment_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 受理发薪 — calls TOP method `alibaba.einvoice.tax.opt.salaryrequest.acceptpayment`.
 *
 * 发薪受理接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptSalaryrequestAcceptpayment(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentRequest = {},
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentResponse> {
  return client.call<AlibabaEinvoiceTaxOptSalaryrequestAcceptpaymentResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.salaryrequest.acceptpayment',
      responseRoot: 'alibaba_einvoice_tax_opt_salaryrequest_acceptpayment_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
