// Generated from specs/jstinteractive/taobao.jst.interactive.point.increase.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.point.increase` (互动积分发放接口). */
export interface TaobaoJstInteractivePointIncreaseRequest {
  /** 发放的积分值 */
  amount: Int64Input;
  /** 幂等操作码，要确保唯一性，同一个操作码只能使用一次，避免重复操作 */
  operate_code: string;
}

/** Response of `taobao.jst.interactive.point.increase`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractivePointIncreaseResponse {
  /** 用户积分总额 */
  amount?: Int64;
  /** 调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  amount: 'Number',
  operate_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  amount: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.point.increase`: method, response root, request and response schemas. */
export const taobaoJstInteractivePointIncreaseOperation = {
  method: 'taobao.jst.interactive.point.increase',
  responseRoot: 'jst_interactive_point_increase_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 互动积分发放接口 — calls TOP method `taobao.jst.interactive.point.increase`.
 *
 * 向用户发放互动积分
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractivePointIncrease(
  client: TopClient,
  request: TaobaoJstInteractivePointIncreaseRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractivePointIncreaseResponse> {
  return client.call<TaobaoJstInteractivePointIncreaseResponse>(
    {
      method: 'taobao.jst.interactive.point.increase',
      responseRoot: 'jst_interactive_point_increase_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
