// Generated from specs/einvoice/alibaba.einvoice.tax.opt.salaryaccount.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.salaryaccount.query` (查询用户的发薪账号). */
export interface AlibabaEinvoiceTaxOptSalaryaccountQueryRequest {
  /** 入参 */
  param_tax_optimization_query_pay_salary_account_d_t_o?: AlibabaEinvoiceTaxOptSalaryaccountQueryTaxOptimizationQueryPaySalaryAccountDtoInput;
}

/** Response of `alibaba.einvoice.tax.opt.salaryaccount.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptSalaryaccountQueryResponse {
  /** 出参 */
  result?: AlibabaEinvoiceTaxOptSalaryaccountQueryTaxOptimizationQueryAlipayAccountResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxOptimizationQueryPaySalaryAccountDto` of `alibaba.einvoice.tax.opt.salaryaccount.query`. */
export interface AlibabaEinvoiceTaxOptSalaryaccountQueryTaxOptimizationQueryPaySalaryAccountDtoInput {
  /** 承包商编码 */
  contractor_code: string;
  /** 业务方编码 */
  employer_code: string;
  /** 用户在业务方平台的userid */
  identification_in_belonging_employer: string;
  /** 税优模式 */
  tax_optimization_mode: string;
}

/** `TaxOptimizationQueryAlipayAccountResultDto` of `alibaba.einvoice.tax.opt.salaryaccount.query`. */
export interface AlibabaEinvoiceTaxOptSalaryaccountQueryTaxOptimizationQueryAlipayAccountResultDto {
  /** 账号类型 */
  account_type_enum?: Int64;
  /** 是否正常发薪 */
  can_pay?: boolean;
  /** 认证类型 */
  cert_type_enum?: string;
  /** 是否实人认证 */
  certified?: boolean;
  /** 账号状态 */
  enable_status_enum?: string;
  /** 发薪账号 */
  pay_salary_alipay_account?: string;
}

const REQUEST_SCHEMA = {
  param_tax_optimization_query_pay_salary_account_d_t_o: {
    contractor_code: 'String',
    employer_code: 'String',
    identification_in_belonging_employer: 'String',
    tax_optimization_mode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    account_type_enum: 'Number',
    can_pay: 'Boolean',
    cert_type_enum: 'String',
    certified: 'Boolean',
    enable_status_enum: 'String',
    pay_salary_alipay_account: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.salaryaccount.query`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptSalaryaccountQueryOperation = {
  method: 'alibaba.einvoice.tax.opt.salaryaccount.query',
  responseRoot: 'alibaba_einvoice_tax_opt_salaryaccount_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户的发薪账号 — calls TOP method `alibaba.einvoice.tax.opt.salaryaccount.query`.
 *
 * 查询用户的发薪账号状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptSalaryaccountQuery(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptSalaryaccountQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptSalaryaccountQueryResponse> {
  return client.call<AlibabaEinvoiceTaxOptSalaryaccountQueryResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.salaryaccount.query',
      responseRoot: 'alibaba_einvoice_tax_opt_salaryaccount_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
