// Generated from specs/tmallcar/tmall.aliauto.receipt.state.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.aliauto.receipt.state.update` (服务工单状态更新). */
export interface TmallAliautoReceiptStateUpdateRequest {
  /** 服务工单id */
  receipt_id?: Int64Input;
  /** FINISH:服务完成 */
  status?: string;
  /** 上门服务时指定门店ID */
  outer_store_id?: string;
}

/** Response of `tmall.aliauto.receipt.state.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallAliautoReceiptStateUpdateResponse {
  /** 返回包装类 */
  result?: TmallAliautoReceiptStateUpdateBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `tmall.aliauto.receipt.state.update`. */
export interface TmallAliautoReceiptStateUpdateBaseResult {
  /** 返回的执行状态吗 */
  err_code?: string;
  /** 返回的数据实体 */
  data?: boolean;
  /** 系统自动生成 */
  err_message?: string;
  /** 是否执行成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  receipt_id: 'Number',
  status: 'String',
  outer_store_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    data: 'Boolean',
    err_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.aliauto.receipt.state.update`: method, response root, request and response schemas. */
export const tmallAliautoReceiptStateUpdateOperation = {
  method: 'tmall.aliauto.receipt.state.update',
  responseRoot: 'tmall_aliauto_receipt_state_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务工单状态更新 — calls TOP method `tmall.aliauto.receipt.state.update`.
 *
 * 二轮车服务工单状态更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallAliautoReceiptStateUpdate(
  client: TopClient,
  request: TmallAliautoReceiptStateUpdateRequest = {},
  options?: CallOptions,
): Promise<TmallAliautoReceiptStateUpdateResponse> {
  return client.call<TmallAliautoReceiptStateUpdateResponse>(
    {
      method: 'tmall.aliauto.receipt.state.update',
      responseRoot: 'tmall_aliauto_receipt_state_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
