// Generated from specs/tmallcar/tmall.car.finance.status.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.finance.status.sync` (汽车金融状态同步). */
export interface TmallCarFinanceStatusSyncRequest {
  /** 状态同步数据 */
  param0: TmallCarFinanceStatusSyncCreditLoanStatusSyncReqInput;
}

/** Response of `tmall.car.finance.status.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarFinanceStatusSyncResponse {
  /** 同步结果 */
  data?: TmallCarFinanceStatusSyncCreditLoanStatusSyncResp;
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreditLoanStatusSyncReq` of `tmall.car.finance.status.sync`. */
export interface TmallCarFinanceStatusSyncCreditLoanStatusSyncReqInput {
  /** 金融方案id */
  finance_plan_id?: string;
  /** 淘宝订单号id */
  order_id: Int64Input;
  /** 月供 */
  monthly_payment?: Int64Input;
  /** 期数 */
  periods?: Int64Input;
  /** 网商订单id */
  ws_bank_order_id: string;
  /** 首付金额 */
  down_payment_amount?: Int64Input;
  /** 贷款金额 */
  credit_amount?: Int64Input;
  /** 状态值 */
  status: string;
  /** 放款金额 */
  loan_amount?: Int64Input;
  /** 代扣参数 */
  biz_content?: string;
  /** 交易场景码 */
  channel_code?: string;
}

/** `CreditLoanStatusSyncResp` of `tmall.car.finance.status.sync`. */
export interface TmallCarFinanceStatusSyncCreditLoanStatusSyncResp {
  /** 是否成功 */
  succeed?: boolean;
  /** 是否重试 */
  retry?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    finance_plan_id: 'String',
    order_id: 'Number',
    monthly_payment: 'Number',
    periods: 'Number',
    ws_bank_order_id: 'String',
    down_payment_amount: 'Number',
    credit_amount: 'Number',
    status: 'String',
    loan_amount: 'Number',
    biz_content: 'String',
    channel_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    succeed: 'Boolean',
    retry: 'Boolean',
  },
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.finance.status.sync`: method, response root, request and response schemas. */
export const tmallCarFinanceStatusSyncOperation = {
  method: 'tmall.car.finance.status.sync',
  responseRoot: 'tmall_car_finance_status_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车金融状态同步 — calls TOP method `tmall.car.finance.status.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarFinanceStatusSync(
  client: TopClient,
  request: TmallCarFinanceStatusSyncRequest,
  options?: CallOptions,
): Promise<TmallCarFinanceStatusSyncResponse> {
  return client.call<TmallCarFinanceStatusSyncResponse>(
    {
      method: 'tmall.car.finance.status.sync',
      responseRoot: 'tmall_car_finance_status_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
