// Generated from specs/crm/taobao.crm.members.group.batchadd.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.members.group.batchadd` (给一批会员添加一个分组). */
export interface TaobaoCrmMembersGroupBatchaddRequest {
  /**
   * 分组id
   *
   * Max list size: 10
   * Min value: 1
   */
  group_ids: Int64Input[];
  /**
   * 买家昵称列表
   *
   * Max list size: 20
   */
  buyer_nicks: string[];
}

/** Response of `taobao.crm.members.group.batchadd`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMembersGroupBatchaddResponse {
  /** 添加操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_ids: ['Number'],
  buyer_nicks: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.members.group.batchadd`: method, response root, request and response schemas. */
export const taobaoCrmMembersGroupBatchaddOperation = {
  method: 'taobao.crm.members.group.batchadd',
  responseRoot: 'crm_members_group_batchadd_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给一批会员添加一个分组 — calls TOP method `taobao.crm.members.group.batchadd`.
 *
 * 为一批会员添加分组，接口返回添加是否成功,如至少有一个会员的分组添加成功，接口就返回成功，否则返回失败，如果当前会员已经拥有当前分组，则直接跳过
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMembersGroupBatchadd(
  client: TopClient,
  request: TaobaoCrmMembersGroupBatchaddRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMembersGroupBatchaddResponse> {
  return client.call<TaobaoCrmMembersGroupBatchaddResponse>(
    {
      method: 'taobao.crm.members.group.batchadd',
      responseRoot: 'crm_members_group_batchadd_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
