// Generated from specs/alicom/taobao.phone.bank.credit.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.phone.bank.credit.check` (虚拟话费任务银行信用卡办理检查). */
export interface TaobaoPhoneBankCreditCheckRequest {
  /** 能否办理的请求 */
  bank_credit_check_request: TaobaoPhoneBankCreditCheckBankCreditCheckRequestInput;
}

/** Response of `taobao.phone.bank.credit.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPhoneBankCreditCheckResponse {
  /** 结果码 */
  biz_code?: string;
  /** 响应结果 */
  data?: TaobaoPhoneBankCreditCheckBankCreditCheckResponse;
  /** 信息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BankCreditCheckRequest` of `taobao.phone.bank.credit.check`. */
export interface TaobaoPhoneBankCreditCheckBankCreditCheckRequestInput {
  /** 银行的编码 */
  bank_code: string;
  /** 用户的openId */
  open_id: string;
}

/** `BankCreditCheckResponse` of `taobao.phone.bank.credit.check`. */
export interface TaobaoPhoneBankCreditCheckBankCreditCheckResponse {
  /** 能否申请 */
  can_apply?: boolean;
}

const REQUEST_SCHEMA = {
  bank_credit_check_request: {
    bank_code: 'String',
    open_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  biz_code: 'String',
  data: {
    can_apply: 'Boolean',
  },
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.phone.bank.credit.check`: method, response root, request and response schemas. */
export const taobaoPhoneBankCreditCheckOperation = {
  method: 'taobao.phone.bank.credit.check',
  responseRoot: 'phone_bank_credit_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 虚拟话费任务银行信用卡办理检查 — calls TOP method `taobao.phone.bank.credit.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPhoneBankCreditCheck(
  client: TopClient,
  request: TaobaoPhoneBankCreditCheckRequest,
  options?: CallOptions,
): Promise<TaobaoPhoneBankCreditCheckResponse> {
  return client.call<TaobaoPhoneBankCreditCheckResponse>(
    {
      method: 'taobao.phone.bank.credit.check',
      responseRoot: 'phone_bank_credit_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
