// Generated from specs/fans/tmall.fans.cashpool.checkpay.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.fans.cashpool.checkpay` (检查资金池付款状态). */
export interface TmallFansCashpoolCheckpayRequest {
  /**
   * 资金池列表
   *
   * Max list size: 20
   */
  cash_pool_list?: Int64Input[];
}

/** Response of `tmall.fans.cashpool.checkpay`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallFansCashpoolCheckpayResponse {
  /** 返回值 */
  fans_result?: TmallFansCashpoolCheckpayFansResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FansResult` of `tmall.fans.cashpool.checkpay`. */
export interface TmallFansCashpoolCheckpayFansResult {
  /** 返回列表 */
  data_list?: boolean[];
  /** 无意义 */
  total_num?: Int64;
  /** 调用成功或失败 */
  success?: boolean;
  /** 错误message */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  cash_pool_list: ['Number'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  fans_result: {
    data_list: ['Boolean'],
    total_num: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.fans.cashpool.checkpay`: method, response root, request and response schemas. */
export const tmallFansCashpoolCheckpayOperation = {
  method: 'tmall.fans.cashpool.checkpay',
  responseRoot: 'tmall_fans_cashpool_checkpay_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 检查资金池付款状态 — calls TOP method `tmall.fans.cashpool.checkpay`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallFansCashpoolCheckpay(
  client: TopClient,
  request: TmallFansCashpoolCheckpayRequest = {},
  options?: CallOptions,
): Promise<TmallFansCashpoolCheckpayResponse> {
  return client.call<TmallFansCashpoolCheckpayResponse>(
    {
      method: 'tmall.fans.cashpool.checkpay',
      responseRoot: 'tmall_fans_cashpool_checkpay_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
