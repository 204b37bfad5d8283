// Generated from specs/crm/taobao.crm.members.groups.batchdelete.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.members.groups.batchdelete.privy` (批量删除分组（隐私号版）). */
export interface TaobaoCrmMembersGroupsBatchdeletePrivyRequest {
  /**
   * 会员需要删除的分组
   *
   * Max list size: 10
   */
  group_ids: Int64Input[];
  /**
   * ouid列表
   *
   * Max list size: 20
   */
  ouids?: string[];
}

/** Response of `taobao.crm.members.groups.batchdelete.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMembersGroupsBatchdeletePrivyResponse {
  /** 删除是否成功 */
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

/** Static description of `taobao.crm.members.groups.batchdelete.privy`: method, response root, request and response schemas. */
export const taobaoCrmMembersGroupsBatchdeletePrivyOperation = {
  method: 'taobao.crm.members.groups.batchdelete.privy',
  responseRoot: 'crm_members_groups_batchdelete_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量删除分组（隐私号版） — calls TOP method `taobao.crm.members.groups.batchdelete.privy`.
 *
 * 批量删除多个会员的公共分组，接口返回删除是否成功，该接口只删除多个会员的公共分组，不是公共分组的，不进行删除。如果入参只输入一个会员，则表示删除该会员的某些分组。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMembersGroupsBatchdeletePrivy(
  client: TopClient,
  request: TaobaoCrmMembersGroupsBatchdeletePrivyRequest,
  options?: CallOptions,
): Promise<TaobaoCrmMembersGroupsBatchdeletePrivyResponse> {
  return client.call<TaobaoCrmMembersGroupsBatchdeletePrivyResponse>(
    {
      method: 'taobao.crm.members.groups.batchdelete.privy',
      responseRoot: 'crm_members_groups_batchdelete_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
