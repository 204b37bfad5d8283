// Generated from specs/einvoice/alibaba.einvoice.tax.opt.esignresult.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.esignresult.query` (查询用户签约税优结果). */
export interface AlibabaEinvoiceTaxOptEsignresultQueryRequest {
  /** 业务方编码 */
  employer_code?: string;
  /** 用户在业务方平台的userid */
  identification_in_belonging_employer?: string;
}

/** Response of `alibaba.einvoice.tax.opt.esignresult.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptEsignresultQueryResponse {
  /** 查询结果 */
  results?: AlibabaEinvoiceTaxOptEsignresultQueryAgreementInfoDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AgreementInfoDto` of `alibaba.einvoice.tax.opt.esignresult.query`. */
export interface AlibabaEinvoiceTaxOptEsignresultQueryAgreementInfoDto {
  /** 协议类型 */
  agreement_type?: string;
  /** 资产符号 */
  asset_symbol?: string;
  /** 业务方编码 */
  employer_code?: string;
  /** 签约时间 */
  sign_time?: string;
  /** 合同链接 */
  agreement_url?: string;
  /** 供应商编码 */
  contractor_code?: string;
  /** 供应商名称 */
  contractor_name?: string;
  /** 资产类型 */
  asset_type?: string;
  /** 报税类型 */
  apply_dutiable_mode_enum?: string;
  /** 发薪模式 */
  pay_salary_mode_enum?: string;
  /** 税优模式 */
  tax_optimization_mode?: string;
  /** 解约时间 */
  termination_time?: string;
  /** 用户在业务方平台的userid */
  identification_in_belonging_employer?: string;
  /** 扩展信息 */
  extend_field?: string;
  /** 签约状态 */
  status?: string;
}

const REQUEST_SCHEMA = {
  employer_code: 'String',
  identification_in_belonging_employer: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      agreement_type: 'String',
      asset_symbol: 'String',
      employer_code: 'String',
      sign_time: 'String',
      agreement_url: 'String',
      contractor_code: 'String',
      contractor_name: 'String',
      asset_type: 'String',
      apply_dutiable_mode_enum: 'String',
      pay_salary_mode_enum: 'String',
      tax_optimization_mode: 'String',
      termination_time: 'String',
      identification_in_belonging_employer: 'String',
      extend_field: 'String',
      status: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.esignresult.query`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptEsignresultQueryOperation = {
  method: 'alibaba.einvoice.tax.opt.esignresult.query',
  responseRoot: 'alibaba_einvoice_tax_opt_esignresult_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询用户签约税优结果 — calls TOP method `alibaba.einvoice.tax.opt.esignresult.query`.
 *
 * 查询用户是否已经签约
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptEsignresultQuery(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptEsignresultQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptEsignresultQueryResponse> {
  return client.call<AlibabaEinvoiceTaxOptEsignresultQueryResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.esignresult.query',
      responseRoot: 'alibaba_einvoice_tax_opt_esignresult_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
