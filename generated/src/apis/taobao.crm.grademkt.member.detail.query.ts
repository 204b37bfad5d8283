// Generated from specs/crm/taobao.crm.grademkt.member.detail.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.crm.grademkt.member.detail.query` (会员等级营销-等级营销活动查询). */
export interface TaobaoCrmGrademktMemberDetailQueryRequest {
  /** 创建营销详情，生成方法见http://open.taobao.com/doc/detail.htm?id=101281 */
  parameter: string;
  /** 扩展字段 */
  feather: string;
}

/** Response of `taobao.crm.grademkt.member.detail.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoCrmGrademktMemberDetailQueryResponse {
  /** totalCount为记录总数 */
  model?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  parameter: 'String',
  feather: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.crm.grademkt.member.detail.query`: method, response root, request and response schemas. */
export const taobaoCrmGrademktMemberDetailQueryOperation = {
  method: 'taobao.crm.grademkt.member.detail.query',
  responseRoot: 'crm_grademkt_member_detail_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 会员等级营销-等级营销活动查询 — calls TOP method `taobao.crm.grademkt.member.detail.query`.
 *
 * 商家通过该接口查询等级营销活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoCrmGrademktMemberDetailQuery(
  client: TopClient,
  request: TaobaoCrmGrademktMemberDetailQueryRequest,
  options?: CallOptions,
): Promise<TaobaoCrmGrademktMemberDetailQueryResponse> {
  return client.call<TaobaoCrmGrademktMemberDetailQueryResponse>(
    {
      method: 'taobao.crm.grademkt.member.detail.query',
      responseRoot: 'crm_grademkt_member_detail_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
