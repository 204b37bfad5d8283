// Generated from specs/tmallhk/taobao.cco.self.coordinate.handle.finish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.cco.self.coordinate.handle.finish` (天猫国际直购供应商处理完结回复通知). */
export interface TaobaoCcoSelfCoordinateHandleFinishRequest {
  /** 工单编号 */
  case_id: Int64Input;
  /** 处理人 */
  operator: string;
  /** 回复模板,其中key/value均为字符串 */
  reply_data: string | Record<string, unknown>;
}

/** Response of `taobao.cco.self.coordinate.handle.finish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCcoSelfCoordinateHandleFinishResponse {
  /** 错误码信息 */
  api_code?: string;
  /** 处理结果 */
  data?: boolean;
  /** 接口是否调用成功 */
  api_success?: boolean;
  /** 错误信息 */
  api_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  case_id: 'Number',
  operator: 'String',
  reply_data: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_code: 'String',
  data: 'Boolean',
  api_success: 'Boolean',
  api_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.cco.self.coordinate.handle.finish`: method, response root, request and response schemas. */
export const taobaoCcoSelfCoordinateHandleFinishOperation = {
  method: 'taobao.cco.self.coordinate.handle.finish',
  responseRoot: 'cco_self_coordinate_handle_finish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫国际直购供应商处理完结回复通知 — calls TOP method `taobao.cco.self.coordinate.handle.finish`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCcoSelfCoordinateHandleFinish(
  client: TopClient,
  request: TaobaoCcoSelfCoordinateHandleFinishRequest,
  options?: CallOptions,
): Promise<TaobaoCcoSelfCoordinateHandleFinishResponse> {
  return client.call<TaobaoCcoSelfCoordinateHandleFinishResponse>(
    {
      method: 'taobao.cco.self.coordinate.handle.finish',
      responseRoot: 'cco_self_coordinate_handle_finish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
