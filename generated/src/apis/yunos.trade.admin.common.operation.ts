// Generated from specs/tvupadmin/yunos.trade.admin.common.operation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.trade.admin.common.operation` (交易迎客松通用服务接口). */
export interface YunosTradeAdminCommonOperationRequest {
  /** 入参数据，json格式 */
  parameter?: string;
  /** 调用方法 */
  method_name: string;
  /** 调用接口 */
  interface_name: string;
}

/** Response of `yunos.trade.admin.common.operation`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTradeAdminCommonOperationResponse {
  /** 返回结果 */
  result?: YunosTradeAdminCommonOperationTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `yunos.trade.admin.common.operation`. */
export interface YunosTradeAdminCommonOperationTopResult {
  /** 实际内容 */
  result?: string;
}

const REQUEST_SCHEMA = {
  parameter: 'String',
  method_name: 'String',
  interface_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.trade.admin.common.operation`: method, response root, request and response schemas. */
export const yunosTradeAdminCommonOperationOperation = {
  method: 'yunos.trade.admin.common.operation',
  responseRoot: 'yunos_trade_admin_common_operation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易迎客松通用服务接口 — calls TOP method `yunos.trade.admin.common.operation`.
 *
 * 迎客松交易相关通用接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTradeAdminCommonOperation(
  client: TopClient,
  request: YunosTradeAdminCommonOperationRequest,
  options?: CallOptions,
): Promise<YunosTradeAdminCommonOperationResponse> {
  return client.call<YunosTradeAdminCommonOperationResponse>(
    {
      method: 'yunos.trade.admin.common.operation',
      responseRoot: 'yunos_trade_admin_common_operation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
