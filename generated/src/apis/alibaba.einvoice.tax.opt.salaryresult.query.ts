// Generated from specs/einvoice/alibaba.einvoice.tax.opt.salaryresult.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.salaryresult.query` (查询发薪结果). */
export interface AlibabaEinvoiceTaxOptSalaryresultQueryRequest {
  /**
   * 发薪流水号
   *
   * Max list size: 999
   */
  detail_id_list: string[];
  /** 业务方编码 */
  employer_code: string;
}

/** Response of `alibaba.einvoice.tax.opt.salaryresult.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptSalaryresultQueryResponse {
  /** 出参 */
  result?: AlibabaEinvoiceTaxOptSalaryresultQueryTaxOptimizationSalaryPayResultQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxOptimizationSalaryPayResultQueryResultDto` of `alibaba.einvoice.tax.opt.salaryresult.query`. */
export interface AlibabaEinvoiceTaxOptSalaryresultQueryTaxOptimizationSalaryPayResultQueryResultDto {
  /** 结果列表 */
  salary_detail_list?: AlibabaEinvoiceTaxOptSalaryresultQuerySalaryDetailDto[];
}

/** `SalaryDetailDto` of `alibaba.einvoice.tax.opt.salaryresult.query`. */
export interface AlibabaEinvoiceTaxOptSalaryresultQuerySalaryDetailDto {
  /** 账期 */
  account_date?: string;
  /** 发薪金额 */
  apply_amount?: Int64;
  /** 收款账号 */
  asset_symbol?: string;
  /** 账号类型 */
  asset_type?: string;
  /** 业务时间 */
  create_time?: string;
  /** 明细流水号 */
  detail_id?: string;
  /** 业务编码 */
  employer_code?: string;
  /** 发薪失败原因 */
  error_code?: string;
  /** 用户在业务方平台上的userid */
  identification_in_belonging_employer?: string;
  /** 执行时间 */
  process_time?: string;
  /** 已发金额 */
  salary_amount?: Int64;
  /** 发薪状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  detail_id_list: ['String'],
  employer_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    salary_detail_list: [
      {
        account_date: 'String',
        apply_amount: 'Number',
        asset_symbol: 'String',
        asset_type: 'String',
        create_time: 'Date',
        detail_id: 'String',
        employer_code: 'String',
        error_code: 'String',
        identification_in_belonging_employer: 'String',
        process_time: 'Date',
        salary_amount: 'Number',
        status: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.salaryresult.query`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptSalaryresultQueryOperation = {
  method: 'alibaba.einvoice.tax.opt.salaryresult.query',
  responseRoot: 'alibaba_einvoice_tax_opt_salaryresult_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询发薪结果 — calls TOP method `alibaba.einvoice.tax.opt.salaryresult.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptSalaryresultQuery(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptSalaryresultQueryRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptSalaryresultQueryResponse> {
  return client.call<AlibabaEinvoiceTaxOptSalaryresultQueryResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.salaryresult.query',
      responseRoot: 'alibaba_einvoice_tax_opt_salaryresult_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
