// Generated from specs/promotion/taobao.ump.detail.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.detail.add` (新增活动详情). */
export interface TaobaoUmpDetailAddRequest {
  /** 增加工具详情 */
  act_id: Int64Input;
  /** 活动详情内容，json格式，可以通过ump sdk中的MarketingTool来进行处理 */
  content: string;
}

/** Response of `taobao.ump.detail.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpDetailAddResponse {
  /** 活动详情的id */
  detail_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  act_id: 'Number',
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  detail_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.detail.add`: method, response root, request and response schemas. */
export const taobaoUmpDetailAddOperation = {
  method: 'taobao.ump.detail.add',
  responseRoot: 'ump_detail_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增活动详情 — calls TOP method `taobao.ump.detail.add`.
 *
 * 增加活动详情。活动详情里面包括活动的范围（店铺，商品），活动的参数（比如具体的折扣），参与类型（全部，部分，部分不参加）等信息。当参与类型为部分或部分不参加的时候需要和taobao.ump.range.add来配合使用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpDetailAdd(
  client: TopClient,
  request: TaobaoUmpDetailAddRequest,
  options?: CallOptions,
): Promise<TaobaoUmpDetailAddResponse> {
  return client.call<TaobaoUmpDetailAddResponse>(
    {
      method: 'taobao.ump.detail.add',
      responseRoot: 'ump_detail_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
