// Generated from specs/mos/alibaba.mj.mos.fund.modifybillbankaccount.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mj.mos.fund.modifybillbankaccount` (修改付款单的银行账户信息). */
export interface AlibabaMjMosFundModifybillbankaccountRequest {
  /** 修改入参 */
  modify_dto?: AlibabaMjMosFundModifybillbankaccountModifyBillDtoInput;
}

/** Response of `alibaba.mj.mos.fund.modifybillbankaccount`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMjMosFundModifybillbankaccountResponse {
  /** data */
  data?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyBillDto` of `alibaba.mj.mos.fund.modifybillbankaccount`. */
export interface AlibabaMjMosFundModifybillbankaccountModifyBillDtoInput {
  /** 收款方开户支行code */
  bank_branch_code?: string;
  /** 供应商名称（可空） */
  supplier_name?: string;
  /** 供应商id（可空 */
  supplier_no?: string;
  /** 收款方开户市 */
  bank_city?: string;
  /** 收款方银行账号 */
  account_no?: string;
  /** 收款方开户行 */
  bank_name?: string;
  /** 账号类型，COMPANY企业/PERSON个人 */
  account_types?: string;
  /** 收款方开户省 */
  bank_province?: string;
  /** //银行号 */
  bank_code: string;
  /** 结算行号list */
  settle_line_nos: string[];
  /** 收款方账号名称 */
  account_name?: string;
  /** 收款方开户支行 */
  bank_branch_name?: string;
  /** 联行号 */
  cnaps_code?: string;
  /** //单据请求唯一编号，必填 */
  bill_no?: string;
  /** 扩展参数 */
  extend_params?: string;
}

const REQUEST_SCHEMA = {
  modify_dto: {
    bank_branch_code: 'String',
    supplier_name: 'String',
    supplier_no: 'String',
    bank_city: 'String',
    account_no: 'String',
    bank_name: 'String',
    account_types: 'String',
    bank_province: 'String',
    bank_code: 'String',
    settle_line_nos: ['String'],
    account_name: 'String',
    bank_branch_name: 'String',
    cnaps_code: 'String',
    bill_no: 'String',
    extend_params: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mj.mos.fund.modifybillbankaccount`: method, response root, request and response schemas. */
export const alibabaMjMosFundModifybillbankaccountOperation = {
  method: 'alibaba.mj.mos.fund.modifybillbankaccount',
  responseRoot: 'alibaba_mj_mos_fund_modifybillbankaccount_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改付款单的银行账户信息 — calls TOP method `alibaba.mj.mos.fund.modifybillbankaccount`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMjMosFundModifybillbankaccount(
  client: TopClient,
  request: AlibabaMjMosFundModifybillbankaccountRequest = {},
  options?: CallOptions,
): Promise<AlibabaMjMosFundModifybillbankaccountResponse> {
  return client.call<AlibabaMjMosFundModifybillbankaccountResponse>(
    {
      method: 'alibaba.mj.mos.fund.modifybillbankaccount',
      responseRoot: 'alibaba_mj_mos_fund_modifybillbankaccount_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
