// Generated from specs/crm/taobao.crm.memberinfo.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.memberinfo.update` (编辑会员资料). */
export interface TaobaoCrmMemberinfoUpdateRequest {}

/** Response of `taobao.crm.memberinfo.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmMemberinfoUpdateResponse {
  /** 会员信息修改是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.memberinfo.update`: method, response root, request and response schemas. */
export const taobaoCrmMemberinfoUpdateOperation = {
  method: 'taobao.crm.memberinfo.update',
  responseRoot: 'crm_memberinfo_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 编辑会员资料 — calls TOP method `taobao.crm.memberinfo.update`.
 *
 * 编辑会员的基本资料，接口返回会员信息修改是否成功
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmMemberinfoUpdate(
  client: TopClient,
  request: TaobaoCrmMemberinfoUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoCrmMemberinfoUpdateResponse> {
  return client.call<TaobaoCrmMemberinfoUpdateResponse>(
    {
      method: 'taobao.crm.memberinfo.update',
      responseRoot: 'crm_memberinfo_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
