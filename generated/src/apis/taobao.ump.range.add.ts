// Generated from specs/promotion/taobao.ump.range.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.range.add` (添加活动范围). */
export interface TaobaoUmpRangeAddRequest {
  /** 活动id */
  act_id: Int64Input;
  /** 范围的类型，比如是全店，商品，见：MarketingConstants.PARTICIPATE_TYPE_* */
  type: Int64Input;
  /** id列表，当范围类型为商品时，该id为商品id.多个id用逗号隔开，一次不超过50个 */
  ids: string;
}

/** Response of `taobao.ump.range.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpRangeAddResponse {
  /** 是否成功 */
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

/** Static description of `taobao.ump.range.add`: method, response root, request and response schemas. */
export const taobaoUmpRangeAddOperation = {
  method: 'taobao.ump.range.add',
  responseRoot: 'ump_range_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加活动范围 — calls TOP method `taobao.ump.range.add`.
 *
 * 指定某项活动中，某个商家的某些类型物品（指定商品或者别的）参加或者不参加活动。当活动详情的参与类型为部分或者部分不参加的时候，需要指定具体哪部分参加或者不参加，使用本接口完成操作。比如部分商品满就送，这里的range用来指定具体哪些商品参加满就送活动。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpRangeAdd(
  client: TopClient,
  request: TaobaoUmpRangeAddRequest,
  options?: CallOptions,
): Promise<TaobaoUmpRangeAddResponse> {
  return client.call<TaobaoUmpRangeAddResponse>(
    {
      method: 'taobao.ump.range.add',
      responseRoot: 'ump_range_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
