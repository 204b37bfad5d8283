// Generated from specs/mei/tmall.mei.crm.member.sync.privy.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.mei.crm.member.sync.privy` (同步推送会员信息(隐私号版本)). */
export interface TmallMeiCrmMemberSyncPrivyRequest {
  /** 会员手机号码 */
  mobile?: string;
  /** 会员积分 */
  point?: Int64Input;
  /** 会员等级 */
  level?: Int64Input;
  /** 会员拓展信息 */
  extend?: string;
  /** 该次同步的版本信息（建议使用时间戳） */
  version?: Int64Input;
  /** ouid */
  ouid?: string;
  /** 成长值字段，支持整数或小数(小数位最多两位),当level_type=2时，level_point必传 */
  level_point?: string;
  /** 毫秒级别时间戳，可不传，表示会员等级有效期 */
  level_expire_time?: Int64Input;
  /** 1(表示传统等级模式), 2(成长值等级模式) */
  level_type?: Int64Input;
}

/** Response of `tmall.mei.crm.member.sync.privy`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallMeiCrmMemberSyncPrivyResponse {
  /** 处理的其他信息 */
  mei_extra_info?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  mobile: 'String',
  point: 'Number',
  level: 'Number',
  extend: 'String',
  version: 'Number',
  ouid: 'String',
  level_point: 'String',
  level_expire_time: 'Number',
  level_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mei_extra_info: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `tmall.mei.crm.member.sync.privy`: method, response root, request and response schemas. */
export const tmallMeiCrmMemberSyncPrivyOperation = {
  method: 'tmall.mei.crm.member.sync.privy',
  responseRoot: 'tmall_mei_crm_member_sync_privy_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步推送会员信息(隐私号版本) — calls TOP method `tmall.mei.crm.member.sync.privy`.
 *
 * 品牌方通过该api主动推送会员信息。使用场景包括
 * 1.用户在线上注册后，线下补充信息后，同步到线上。
 * 2.其他情况的主动推送变更。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallMeiCrmMemberSyncPrivy(
  client: TopClient,
  request: TmallMeiCrmMemberSyncPrivyRequest = {},
  options?: CallOptions,
): Promise<TmallMeiCrmMemberSyncPrivyResponse> {
  return client.call<TmallMeiCrmMemberSyncPrivyResponse>(
    {
      method: 'tmall.mei.crm.member.sync.privy',
      responseRoot: 'tmall_mei_crm_member_sync_privy_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
