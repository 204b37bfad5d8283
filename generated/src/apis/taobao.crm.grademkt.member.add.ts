// Generated from specs/crm/taobao.crm.grademkt.member.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.grademkt.member.add` (会员等级营销-会员吸纳). */
export interface TaobaoCrmGrademktMemberAddRequest {
  /** 会员属性-json format生成方法见http://open.taobao.com/doc/detail.htm?id=101281 */
  parameter: string;
  /** 系统属性，json格式 */
  feather: string;
  /** 会员nick */
  buyer_nick: string;
}

/** Response of `taobao.crm.grademkt.member.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGrademktMemberAddResponse {
  /** 返回操作是否成功 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  parameter: 'String',
  feather: 'String',
  buyer_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.grademkt.member.add`: method, response root, request and response schemas. */
export const taobaoCrmGrademktMemberAddOperation = {
  method: 'taobao.crm.grademkt.member.add',
  responseRoot: 'crm_grademkt_member_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员等级营销-会员吸纳 — calls TOP method `taobao.crm.grademkt.member.add`.
 *
 * 商家通过该接口吸纳线上店铺会员。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGrademktMemberAdd(
  client: TopClient,
  request: TaobaoCrmGrademktMemberAddRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGrademktMemberAddResponse> {
  return client.call<TaobaoCrmGrademktMemberAddResponse>(
    {
      method: 'taobao.crm.grademkt.member.add',
      responseRoot: 'crm_grademkt_member_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
