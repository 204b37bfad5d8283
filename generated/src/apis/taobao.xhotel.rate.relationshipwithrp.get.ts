// Generated from specs/xhotelitem/taobao.xhotel.rate.relationshipwithrp.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rate.relationshipwithrp.get` (根据gid查询卖家下所有的rpId). */
export interface TaobaoXhotelRateRelationshipwithrpGetRequest {
  /** 宝贝的gid */
  gid: Int64Input;
  /** 页数，可根据此值展示某页的数据。不填默认为1 */
  page_no?: Int64Input;
}

/** Response of `taobao.xhotel.rate.relationshipwithrp.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateRelationshipwithrpGetResponse {
  /** 根据条件所查询的所有结果的总数量 */
  total_results?: Int64;
  /** 所查询出的结果，是一个字符串数组 */
  rp_ids?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  gid: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  rp_ids: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rate.relationshipwithrp.get`: method, response root, request and response schemas. */
export const taobaoXhotelRateRelationshipwithrpGetOperation = {
  method: 'taobao.xhotel.rate.relationshipwithrp.get',
  responseRoot: 'xhotel_rate_relationshipwithrp_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据gid查询卖家下所有的rpId — calls TOP method `taobao.xhotel.rate.relationshipwithrp.get`.
 *
 * 根据gid查询卖家下所有的rpId，可分页，默认展示第一页的数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateRelationshipwithrpGet(
  client: TopClient,
  request: TaobaoXhotelRateRelationshipwithrpGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRateRelationshipwithrpGetResponse> {
  return client.call<TaobaoXhotelRateRelationshipwithrpGetResponse>(
    {
      method: 'taobao.xhotel.rate.relationshipwithrp.get',
      responseRoot: 'xhotel_rate_relationshipwithrp_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
