// Generated from specs/xhotelitem/taobao.xhotel.rate.relationshipwithroom.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rate.relationshipwithroom.get` (查询rpId). */
export interface TaobaoXhotelRateRelationshipwithroomGetRequest {
  /** rpId */
  rp_id: Int64Input;
  /** 页数 */
  page_no?: Int64Input;
}

/** Response of `taobao.xhotel.rate.relationshipwithroom.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateRelationshipwithroomGetResponse {
  /** 根据条件所查询的所有结果的总数量 */
  total_results?: Int64;
  /** 返回值 */
  gids?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  rp_id: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  gids: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rate.relationshipwithroom.get`: method, response root, request and response schemas. */
export const taobaoXhotelRateRelationshipwithroomGetOperation = {
  method: 'taobao.xhotel.rate.relationshipwithroom.get',
  responseRoot: 'xhotel_rate_relationshipwithroom_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询rpId — calls TOP method `taobao.xhotel.rate.relationshipwithroom.get`.
 *
 * 某个卖家根据rpId查询所有的gid，可分页，不填分页信息则默认显示第一页。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateRelationshipwithroomGet(
  client: TopClient,
  request: TaobaoXhotelRateRelationshipwithroomGetRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelRateRelationshipwithroomGetResponse> {
  return client.call<TaobaoXhotelRateRelationshipwithroomGetResponse>(
    {
      method: 'taobao.xhotel.rate.relationshipwithroom.get',
      responseRoot: 'xhotel_rate_relationshipwithroom_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
