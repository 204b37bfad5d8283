// Generated from specs/crm/taobao.crm.group.move.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.group.move` (分组移动). */
export interface TaobaoCrmGroupMoveRequest {
  /**
   * 需要移动的分组
   *
   * Max length: 19
   * Min value: 1
   */
  from_group_id: Int64Input;
  /**
   * 目的分组
   *
   * Max length: 19
   * Min value: 1
   */
  to_group_id: Int64Input;
}

/** Response of `taobao.crm.group.move`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGroupMoveResponse {
  /** 异步任务请求成功，是否执行完毕需要通过taobao.crm.grouptask.check检测 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  from_group_id: 'Number',
  to_group_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.group.move`: method, response root, request and response schemas. */
export const taobaoCrmGroupMoveOperation = {
  method: 'taobao.crm.group.move',
  responseRoot: 'crm_group_move_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分组移动 — calls TOP method `taobao.crm.group.move`.
 *
 * 将一个分组下的所有会员移动到另一个分组，会员从原分组中删除
 * 注：移动属性为异步任务建议先调用taobao.crm.grouptask.check 确保涉及属性上没有任务。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGroupMove(
  client: TopClient,
  request: TaobaoCrmGroupMoveRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGroupMoveResponse> {
  return client.call<TaobaoCrmGroupMoveResponse>(
    {
      method: 'taobao.crm.group.move',
      responseRoot: 'crm_group_move_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
