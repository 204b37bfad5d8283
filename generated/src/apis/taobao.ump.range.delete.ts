// Generated from specs/promotion/taobao.ump.range.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.range.delete` (删除活动范围). */
export interface TaobaoUmpRangeDeleteRequest {
  /** 活动id */
  act_id: Int64Input;
  /** 范围的类型，比如是全店，商品，类目见：MarketingConstants.PARTICIPATE_TYPE_* */
  type: Int64Input;
  /** id列表，当范围类型为商品时，该id为商品id；当范围类型为类目时，该id为类目id */
  ids: string;
}

/** Response of `taobao.ump.range.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpRangeDeleteResponse {
  /** 调用是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
  type: 'Number',
  ids: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.range.delete`: method, response root, request and response schemas. */
export const taobaoUmpRangeDeleteOperation = {
  method: 'taobao.ump.range.delete',
  responseRoot: 'ump_range_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除活动范围 — calls TOP method `taobao.ump.range.delete`.
 *
 * 去指先前指定在某项活动中，某些类型的物品参加或者不参加活动的设置
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpRangeDelete(
  client: TopClient,
  request: TaobaoUmpRangeDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoUmpRangeDeleteResponse> {
  return client.call<TaobaoUmpRangeDeleteResponse>(
    {
      method: 'taobao.ump.range.delete',
      responseRoot: 'ump_range_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
