// Generated from specs/crm/taobao.crm.group.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.group.update` (修改一个已经存在的分组). */
export interface TaobaoCrmGroupUpdateRequest {
  /**
   * 分组的id
   *
   * Max length: 19
   */
  group_id: Int64Input;
  /**
   * 新的分组名，分组名称不能包含|或者：
   *
   * Max length: 15
   */
  new_group_name: string;
}

/** Response of `taobao.crm.group.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGroupUpdateResponse {
  /** 分组修改是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_id: 'Number',
  new_group_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.group.update`: method, response root, request and response schemas. */
export const taobaoCrmGroupUpdateOperation = {
  method: 'taobao.crm.group.update',
  responseRoot: 'crm_group_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改一个已经存在的分组 — calls TOP method `taobao.crm.group.update`.
 *
 * 修改一个已经存在的分组，接口返回分组的修改是否成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGroupUpdate(
  client: TopClient,
  request: TaobaoCrmGroupUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGroupUpdateResponse> {
  return client.call<TaobaoCrmGroupUpdateResponse>(
    {
      method: 'taobao.crm.group.update',
      responseRoot: 'crm_group_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
