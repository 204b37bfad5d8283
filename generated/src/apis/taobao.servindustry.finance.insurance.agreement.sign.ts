// Generated from specs/trade/taobao.servindustry.finance.insurance.agreement.sign.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.servindustry.finance.insurance.agreement.sign` (保司合同签约后回调接口). */
export interface TaobaoServindustryFinanceInsuranceAgreementSignRequest {
  /** 内部模板id */
  inner_agreement_id: string;
  /** 唯一码 */
  unique_code: string;
  /** 保司模板id */
  out_agreement_id: string;
}

/** Response of `taobao.servindustry.finance.insurance.agreement.sign`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoServindustryFinanceInsuranceAgreementSignResponse {
  /** 返回参数 */
  result?: TaobaoServindustryFinanceInsuranceAgreementSignRetryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RetryResult` of `taobao.servindustry.finance.insurance.agreement.sign`. */
export interface TaobaoServindustryFinanceInsuranceAgreementSignRetryResult {
  /** 是否调用成功 */
  success?: boolean;
  /** 错误信息 */
  error?: TaobaoServindustryFinanceInsuranceAgreementSignTribeError;
  /** 是否能够重试 */
  retry?: boolean;
}

/** `TribeError` of `taobao.servindustry.finance.insurance.agreement.sign`. */
export interface TaobaoServindustryFinanceInsuranceAgreementSignTribeError {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  inner_agreement_id: 'String',
  unique_code: 'String',
  out_agreement_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error: {
      code: 'String',
      message: 'String',
    },
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.servindustry.finance.insurance.agreement.sign`: method, response root, request and response schemas. */
export const taobaoServindustryFinanceInsuranceAgreementSignOperation = {
  method: 'taobao.servindustry.finance.insurance.agreement.sign',
  responseRoot: 'servindustry_finance_insurance_agreement_sign_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 保司合同签约后回调接口 — calls TOP method `taobao.servindustry.finance.insurance.agreement.sign`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoServindustryFinanceInsuranceAgreementSign(
  client: TopClient,
  request: TaobaoServindustryFinanceInsuranceAgreementSignRequest,
  options?: CallOptions,
): Promise<TaobaoServindustryFinanceInsuranceAgreementSignResponse> {
  return client.call<TaobaoServindustryFinanceInsuranceAgreementSignResponse>(
    {
      method: 'taobao.servindustry.finance.insurance.agreement.sign',
      responseRoot: 'servindustry_finance_insurance_agreement_sign_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
