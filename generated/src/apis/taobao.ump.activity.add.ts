// Generated from specs/promotion/taobao.ump.activity.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.activity.add` (新增优惠活动). */
export interface TaobaoUmpActivityAddRequest {
  /** 工具id */
  tool_id: Int64Input;
  /** 活动内容，通过ump sdk里面的MarkeitngTool来生成，name必须属于“营销标签词库”——https://huodong.m.taobao.com/api/data/v2/5fe5e737d3314fa2973297f86f7bff3a.js?file=5fe5e737d3314fa2973297f86f7bff3a.js中的word值中的一种。 */
  content: string;
}

/** Response of `taobao.ump.activity.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpActivityAddResponse {
  /** 活动id */
  act_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tool_id: 'Number',
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  act_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.activity.add`: method, response root, request and response schemas. */
export const taobaoUmpActivityAddOperation = {
  method: 'taobao.ump.activity.add',
  responseRoot: 'ump_activity_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增优惠活动 — calls TOP method `taobao.ump.activity.add`.
 *
 * 新增优惠活动。设置优惠活动的基本信息，比如活动时间，活动针对的对象（可以是满足某些条件的买家）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpActivityAdd(
  client: TopClient,
  request: TaobaoUmpActivityAddRequest,
  options?: CallOptions,
): Promise<TaobaoUmpActivityAddResponse> {
  return client.call<TaobaoUmpActivityAddResponse>(
    {
      method: 'taobao.ump.activity.add',
      responseRoot: 'ump_activity_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
