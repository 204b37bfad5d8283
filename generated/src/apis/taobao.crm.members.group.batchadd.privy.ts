// Generated from specs/crm/taobao.crm.members.group.batchadd.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.members.group.batchadd.privy` (一批会员添加分组(隐私号版）). */
export interface TaobaoCrmMembersGroupBatchaddPrivyRequest {
  /**
   * 分组id
   *
   * Max list size: 999
   */
  group_ids: Int64Input[];
  /**
   * ouid列表
   *
   * Max list size: 999
   */
  ouids: string[];
}

/** Response of `taobao.crm.members.group.batchadd.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMembersGroupBatchaddPrivyResponse {
  /** 添加操作是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  group_ids: ['Number'],
  ouids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.members.group.batchadd.privy`: method, response root, request and response schemas. */
export const taobaoCrmMembersGroupBatchaddPrivyOperation = {
  method: 'taobao.crm.members.group.batchadd.privy',
  responseRoot: 'crm_members_group_batchadd_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一批会员添加分组(隐私号版） — calls TOP method `taobao.crm.members.group.batchadd.privy`.
 *
 * 为一批会员添加分组，接口返回添加是否成功,如至少有一个会员的分组添加成功，接口就返回成功，否则返回失败，如果当前会员已经拥有当前分组，则直接跳过
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMembersGroupBatchaddPrivy(
  client: TopClient,
  request: TaobaoCrmMembersGroupBatchaddPrivyRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMembersGroupBatchaddPrivyResponse> {
  return client.call<TaobaoCrmMembersGroupBatchaddPrivyResponse>(
    {
      method: 'taobao.crm.members.group.batchadd.privy',
      responseRoot: 'crm_members_group_batchadd_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
