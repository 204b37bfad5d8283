// Generated from specs/trade/taobao.servindustry.finance.geex.order.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.servindustry.finance.geex.order.update` (即科订单结果更新回调). */
export interface TaobaoServindustryFinanceGeexOrderUpdateRequest {
  /** 原因 */
  reason?: string;
  /** 订单号 */
  alsc_order_id: string;
  /** 状态 */
  apply_status: string;
}

/** Response of `taobao.servindustry.finance.geex.order.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoServindustryFinanceGeexOrderUpdateResponse {
  /** 返回结果 */
  result?: TaobaoServindustryFinanceGeexOrderUpdateRetryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RetryResult` of `taobao.servindustry.finance.geex.order.update`. */
export interface TaobaoServindustryFinanceGeexOrderUpdateRetryResult {
  /** 是否成功 */
  success?: boolean;
  /** 返回error */
  error?: TaobaoServindustryFinanceGeexOrderUpdateTribeError;
  /** 扩展参数 */
  ext_info?: string;
  /** 是否可重试 */
  retry?: boolean;
}

/** `TribeError` of `taobao.servindustry.finance.geex.order.update`. */
export interface TaobaoServindustryFinanceGeexOrderUpdateTribeError {
  /** 错误码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  reason: 'String',
  alsc_order_id: 'String',
  apply_status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error: {
      code: 'String',
      message: 'String',
    },
    ext_info: 'String',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.servindustry.finance.geex.order.update`: method, response root, request and response schemas. */
export const taobaoServindustryFinanceGeexOrderUpdateOperation = {
  method: 'taobao.servindustry.finance.geex.order.update',
  responseRoot: 'servindustry_finance_geex_order_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 即科订单结果更新回调 — calls TOP method `taobao.servindustry.finance.geex.order.update`.
 *
 * 即科订单结果更新回调本地接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoServindustryFinanceGeexOrderUpdate(
  client: TopClient,
  request: TaobaoServindustryFinanceGeexOrderUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoServindustryFinanceGeexOrderUpdateResponse> {
  return client.call<TaobaoServindustryFinanceGeexOrderUpdateResponse>(
    {
      method: 'taobao.servindustry.finance.geex.order.update',
      responseRoot: 'servindustry_finance_geex_order_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
