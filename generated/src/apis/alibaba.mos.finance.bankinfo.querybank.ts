// Generated from specs/mos/alibaba.mos.finance.bankinfo.querybank.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.finance.bankinfo.querybank` (供应商银行账号查询). */
export interface AlibabaMosFinanceBankinfoQuerybankRequest {
  /** 供应商id */
  supplier_id?: string;
  /** 门店号 */
  store_no?: string;
  /** 签约主体id */
  company_id?: string;
}

/** Response of `alibaba.mos.finance.bankinfo.querybank`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosFinanceBankinfoQuerybankResponse {
  /** 返回结果 */
  result?: AlibabaMosFinanceBankinfoQuerybankResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDo` of `alibaba.mos.finance.bankinfo.querybank`. */
export interface AlibabaMosFinanceBankinfoQuerybankResultDo {
  /** 总量 */
  total?: Int64;
  /** 扩展 */
  extra?: string;
  /** 全链路追踪id */
  trace_id?: string;
  /** 描述 */
  err_msg?: string;
  /** 是否成功 */
  data?: AlibabaMosFinanceBankinfoQuerybankSupplierBankInfoDto;
  /** 成功 */
  err_code?: Int64;
  /** 返回值 */
  result_code?: string;
  /** 调用是否成功 */
  success?: boolean;
}

/** `SupplierBankInfoDto` of `alibaba.mos.finance.bankinfo.querybank`. */
export interface AlibabaMosFinanceBankinfoQuerybankSupplierBankInfoDto {
  /** 修改时间 */
  gmt_modified?: string;
  /** 国家名 */
  country_name?: string;
  /** 地区名 */
  city_name?: string;
  /** 省代码 */
  province_code?: string;
  /** 城市代码 */
  city_code?: string;
  /** 省名 */
  province_name?: string;
  /** 门店号 */
  co_code?: string;
  /** 收款银行账号 */
  receive_account?: string;
  /** 主键 */
  id?: Int64;
  /** 支行名 */
  bank_branch_name?: string;
  /** 联行号 */
  cnaps_code?: string;
  /** 审核状态 */
  approval_status?: Int64;
  /** 收款账户名 */
  receive_name?: string;
  /** 门店名 */
  co_name?: string;
  /** 支行号 */
  bank_branch_code?: string;
  /** 供应商号 */
  supplier_id?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 状态 */
  status?: Int64;
  /** 国家号 */
  country_code?: string;
  /** 业务乐行 */
  business_type?: Int64;
  /** 银行名 */
  bank_name?: string;
  /** 关联账号id */
  relation_account_id?: Int64;
  /** 银行号 */
  bank_code?: string;
  /** 类型, 个人, 企业 */
  account_type?: Int64;
  /** 操作类型 */
  approval_type?: Int64;
}

const REQUEST_SCHEMA = {
  supplier_id: 'String',
  store_no: 'String',
  company_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    extra: 'String',
    trace_id: 'String',
    err_msg: 'String',
    data: {
      gmt_modified: 'Date',
      country_name: 'String',
      city_name: 'String',
      province_code: 'String',
      city_code: 'String',
      province_name: 'String',
      co_code: 'String',
      receive_account: 'String',
      id: 'Number',
      bank_branch_name: 'String',
      cnaps_code: 'String',
      approval_status: 'Number',
      receive_name: 'String',
      co_name: 'String',
      bank_branch_code: 'String',
      supplier_id: 'String',
      gmt_create: 'Date',
      status: 'Number',
      country_code: 'String',
      business_type: 'Number',
      bank_name: 'String',
      relation_account_id: 'Number',
      bank_code: 'String',
      account_type: 'Number',
      approval_type: 'Number',
    },
    err_code: 'Number',
    result_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.finance.bankinfo.querybank`: method, response root, request and response schemas. */
export const alibabaMosFinanceBankinfoQuerybankOperation = {
  method: 'alibaba.mos.finance.bankinfo.querybank',
  responseRoot: 'alibaba_mos_finance_bankinfo_querybank_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商银行账号查询 — calls TOP method `alibaba.mos.finance.bankinfo.querybank`.
 *
 * 查询供应商对应的银行账号信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosFinanceBankinfoQuerybank(
  client: TopClient,
  request: AlibabaMosFinanceBankinfoQuerybankRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosFinanceBankinfoQuerybankResponse> {
  return client.call<AlibabaMosFinanceBankinfoQuerybankResponse>(
    {
      method: 'alibaba.mos.finance.bankinfo.querybank',
      responseRoot: 'alibaba_mos_finance_bankinfo_querybank_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
