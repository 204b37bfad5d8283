// Generated from specs/einvoice/alibaba.einvoice.tax.opt.salaryaccount.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.tax.opt.salaryaccount.update` (更新用户发薪资产). */
export interface AlibabaEinvoiceTaxOptSalaryaccountUpdateRequest {
  /** 入参 */
  param_tax_optimization_employee_asset_update_d_t_o: AlibabaEinvoiceTaxOptSalaryaccountUpdateTaxOptimizationEmployeeAssetUpdateDtoInput;
}

/** Response of `alibaba.einvoice.tax.opt.salaryaccount.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceTaxOptSalaryaccountUpdateResponse {
  /** 出参 */
  result?: AlibabaEinvoiceTaxOptSalaryaccountUpdateTaxOptimizationEmployeeAssetUpdateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TaxOptimizationEmployeeAssetUpdateDto` of `alibaba.einvoice.tax.opt.salaryaccount.update`. */
export interface AlibabaEinvoiceTaxOptSalaryaccountUpdateTaxOptimizationEmployeeAssetUpdateDtoInput {
  /** 需要更新的资产账号 */
  asset_symbol: string;
  /** 需要更新的资产类型 */
  asset_type: string;
  /** 承包商编码 */
  contractor_code: string;
  /** 业务方编码 */
  employer_code: string;
  /** 用户在业务方平台的userid */
  identification_in_belonging_employer: string;
  /** 税优模式 */
  tax_optimization_mode: string;
}

/** `TaxOptimizationEmployeeAssetUpdateResultDto` of `alibaba.einvoice.tax.opt.salaryaccount.update`. */
export interface AlibabaEinvoiceTaxOptSalaryaccountUpdateTaxOptimizationEmployeeAssetUpdateResultDto {
  /** 承包商编码 */
  contractor_code?: string;
  /** 需要更新的资产账号 */
  current_binded_asset_symbol?: string;
  /** 需要更新的资产类型 */
  current_binded_asset_type?: string;
  /** 业务方编码 */
  employer_code?: string;
  /** 用户在业务方平台的userid */
  identification_in_belonging_employer?: string;
  /** 当前资产账号 */
  previous_binded_asset_symbol?: string;
  /** 当前资产类型 */
  previous_binded_asset_type?: string;
  /** 税优模式 */
  tax_optimization_mode?: string;
}

const REQUEST_SCHEMA = {
  param_tax_optimization_employee_asset_update_d_t_o: {
    asset_symbol: 'String',
    asset_type: 'String',
    contractor_code: 'String',
    employer_code: 'String',
    identification_in_belonging_employer: 'String',
    tax_optimization_mode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contractor_code: 'String',
    current_binded_asset_symbol: 'String',
    current_binded_asset_type: 'String',
    employer_code: 'String',
    identification_in_belonging_employer: 'String',
    previous_binded_asset_symbol: 'String',
    previous_binded_asset_type: 'String',
    tax_optimization_mode: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.tax.opt.salaryaccount.update`: method, response root, request and response schemas. */
export const alibabaEinvoiceTaxOptSalaryaccountUpdateOperation = {
  method: 'alibaba.einvoice.tax.opt.salaryaccount.update',
  responseRoot: 'alibaba_einvoice_tax_opt_salaryaccount_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新用户发薪资产 — calls TOP method `alibaba.einvoice.tax.opt.salaryaccount.update`.
 *
 * 更新用户的发薪账号
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceTaxOptSalaryaccountUpdate(
  client: TopClient,
  request: AlibabaEinvoiceTaxOptSalaryaccountUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceTaxOptSalaryaccountUpdateResponse> {
  return client.call<AlibabaEinvoiceTaxOptSalaryaccountUpdateResponse>(
    {
      method: 'alibaba.einvoice.tax.opt.salaryaccount.update',
      responseRoot: 'alibaba_einvoice_tax_opt_salaryaccount_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
