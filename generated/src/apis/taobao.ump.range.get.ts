// Generated from specs/promotion/taobao.ump.range.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.range.get` (查询活动范围). */
export interface TaobaoUmpRangeGetRequest {
  /** 活动id */
  act_id: Int64Input;
}

/** Response of `taobao.ump.range.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpRangeGetResponse {
  /** 营销范围类列表！ */
  ranges?: TaobaoUmpRangeGetRange[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Range` of `taobao.ump.range.get`. */
export interface TaobaoUmpRangeGetRange {
  /** 营销范围参与者id。即MarketingRangeDO中的participateId。 */
  participate_id?: Int64;
  /** 营销范围参与者类型。MarketingRangeDO中的participateType。(1:商品;2:店铺;3:seller;4:sku;5:category;6:shopCategory) */
  participate_type?: Int64;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ranges: [
    {
      participate_id: 'Number',
      participate_type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.range.get`: method, response root, request and response schemas. */
export const taobaoUmpRangeGetOperation = {
  method: 'taobao.ump.range.get',
  responseRoot: 'ump_range_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询活动范围 — calls TOP method `taobao.ump.range.get`.
 *
 * 查询某个卖家所有参加或者不参加某项活动的物品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpRangeGet(
  client: TopClient,
  request: TaobaoUmpRangeGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpRangeGetResponse> {
  return client.call<TaobaoUmpRangeGetResponse>(
    {
      method: 'taobao.ump.range.get',
      responseRoot: 'ump_range_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
