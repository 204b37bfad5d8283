// Generated from specs/crm/taobao.crm.group.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.group.delete` (删除分组). */
export interface TaobaoCrmGroupDeleteRequest {
  /**
   * 要删除的分组id
   *
   * Max length: 19
   */
  group_id: Int64Input;
}

/** Response of `taobao.crm.group.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGroupDeleteResponse {
  /** 异步任务请求成功，是否执行完毕需要通过taobao.crm.grouptask.check检测 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.group.delete`: method, response root, request and response schemas. */
export const taobaoCrmGroupDeleteOperation = {
  method: 'taobao.crm.group.delete',
  responseRoot: 'crm_group_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除分组 — calls TOP method `taobao.crm.group.delete`.
 *
 * 将该分组下的所有会员移除出该组，同时删除该分组。注：删除分组为异步任务，必须先调用taobao.crm.grouptask.check 确保涉及属性上没有任务。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGroupDelete(
  client: TopClient,
  request: TaobaoCrmGroupDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGroupDeleteResponse> {
  return client.call<TaobaoCrmGroupDeleteResponse>(
    {
      method: 'taobao.crm.group.delete',
      responseRoot: 'crm_group_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
