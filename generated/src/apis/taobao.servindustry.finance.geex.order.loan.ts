// Generated from specs/trade/taobao.servindustry.finance.geex.order.loan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.servindustry.finance.geex.order.loan` (即科放款信息回调api). */
export interface TaobaoServindustryFinanceGeexOrderLoanRequest {
  /** 金额单位 */
  price_unit?: string;
  /** 更新时间 */
  update_time?: Int64Input;
  /** 放款时间 */
  loan_time?: Int64Input;
  /** 本地订单号 */
  alsc_order_id?: string;
  /** 放款金额 */
  loan_price?: Int64Input;
  /** 放款状态 */
  loan_status?: string;
  /** 放款流水 */
  loan_flow_id?: string;
}

/** Response of `taobao.servindustry.finance.geex.order.loan`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoServindustryFinanceGeexOrderLoanResponse {
  /** 返回结果 */
  result?: TaobaoServindustryFinanceGeexOrderLoanRetryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RetryResult` of `taobao.servindustry.finance.geex.order.loan`. */
export interface TaobaoServindustryFinanceGeexOrderLoanRetryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error?: TaobaoServindustryFinanceGeexOrderLoanTribeError;
  /** 是否可重试 */
  retry?: boolean;
}

/** `TribeError` of `taobao.servindustry.finance.geex.order.loan`. */
export interface TaobaoServindustryFinanceGeexOrderLoanTribeError {
  /** 错误码 */
  code?: string;
  /** 错误描述 */
  message?: string;
}

const REQUEST_SCHEMA = {
  price_unit: 'String',
  update_time: 'Number',
  loan_time: 'Number',
  alsc_order_id: 'String',
  loan_price: 'Number',
  loan_status: 'String',
  loan_flow_id: 'String',
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

/** Static description of `taobao.servindustry.finance.geex.order.loan`: method, response root, request and response schemas. */
export const taobaoServindustryFinanceGeexOrderLoanOperation = {
  method: 'taobao.servindustry.finance.geex.order.loan',
  responseRoot: 'servindustry_finance_geex_order_loan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 即科放款信息回调api — calls TOP method `taobao.servindustry.finance.geex.order.loan`.
 *
 * 即科放款信息api
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoServindustryFinanceGeexOrderLoan(
  client: TopClient,
  request: TaobaoServindustryFinanceGeexOrderLoanRequest = {},
  options?: CallOptions,
): Promise<TaobaoServindustryFinanceGeexOrderLoanResponse> {
  return client.call<TaobaoServindustryFinanceGeexOrderLoanResponse>(
    {
      method: 'taobao.servindustry.finance.geex.order.loan',
      responseRoot: 'servindustry_finance_geex_order_loan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
