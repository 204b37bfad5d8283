// Generated from specs/crm/taobao.crm.grademkt.member.detail.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.grademkt.member.detail.delete` (会员等级营销-删除商品等级营销明细). */
export interface TaobaoCrmGrademktMemberDetailDeleteRequest {
  /** 创建营销详情，生成方法见http://open.taobao.com/doc/detail.htm?id=101281 */
  parameter: string;
  /** 扩展字段 */
  feather: string;
}

/** Response of `taobao.crm.grademkt.member.detail.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGrademktMemberDetailDeleteResponse {
  /** 操作是否成功 */
  module?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  parameter: 'String',
  feather: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.grademkt.member.detail.delete`: method, response root, request and response schemas. */
export const taobaoCrmGrademktMemberDetailDeleteOperation = {
  method: 'taobao.crm.grademkt.member.detail.delete',
  responseRoot: 'crm_grademkt_member_detail_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员等级营销-删除商品等级营销明细 — calls TOP method `taobao.crm.grademkt.member.detail.delete`.
 *
 * 删除商品等级营销明细
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGrademktMemberDetailDelete(
  client: TopClient,
  request: TaobaoCrmGrademktMemberDetailDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGrademktMemberDetailDeleteResponse> {
  return client.call<TaobaoCrmGrademktMemberDetailDeleteResponse>(
    {
      method: 'taobao.crm.grademkt.member.detail.delete',
      responseRoot: 'crm_grademkt_member_detail_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
