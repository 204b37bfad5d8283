// Generated from specs/sungari/taobao.cloudbridge.caseinvest.execute.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cloudbridge.caseinvest.execute` (红盾云桥案件协查服务). */
export interface TaobaoCloudbridgeCaseinvestExecuteRequest {
  /** 方法名称 */
  api_name?: string;
  /** 方法参数 */
  data?: string;
}

/** Response of `taobao.cloudbridge.caseinvest.execute`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCloudbridgeCaseinvestExecuteResponse {
  /** result */
  result?: TaobaoCloudbridgeCaseinvestExecuteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.cloudbridge.caseinvest.execute`. */
export interface TaobaoCloudbridgeCaseinvestExecuteResult {
  /** 接口调用是否成功，1：成功；2：失败 */
  code?: Int64;
  /** data值，JSON数据，可转换成对应的结果 */
  data?: string;
  /** 说明 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_name: 'String',
  data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.cloudbridge.caseinvest.execute`: method, response root, request and response schemas. */
export const taobaoCloudbridgeCaseinvestExecuteOperation = {
  method: 'taobao.cloudbridge.caseinvest.execute',
  responseRoot: 'cloudbridge_caseinvest_execute_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 红盾云桥案件协查服务 — calls TOP method `taobao.cloudbridge.caseinvest.execute`.
 *
 * 通过API接口直接提供政府部门录入及查询函件服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCloudbridgeCaseinvestExecute(
  client: TopClient,
  request: TaobaoCloudbridgeCaseinvestExecuteRequest = {},
  options?: CallOptions,
): Promise<TaobaoCloudbridgeCaseinvestExecuteResponse> {
  return client.call<TaobaoCloudbridgeCaseinvestExecuteResponse>(
    {
      method: 'taobao.cloudbridge.caseinvest.execute',
      responseRoot: 'cloudbridge_caseinvest_execute_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
