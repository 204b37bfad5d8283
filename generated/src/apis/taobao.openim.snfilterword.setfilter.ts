// Generated from specs/openim/taobao.openim.snfilterword.setfilter.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openim.snfilterword.setfilter` (关键词过滤). */
export interface TaobaoOpenimSnfilterwordSetfilterRequest {
  /** 上传者身份信息，区分不同上传者;只是记录，没有身份校验功能 */
  creator: string;
  /** 需要过滤的关键词 */
  filterword: string;
  /** 过滤原因描述 */
  desc?: string;
}

/** Response of `taobao.openim.snfilterword.setfilter`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenimSnfilterwordSetfilterResponse {
  /** 成功 */
  errid?: Int64;
  /** 错误原因 */
  errmsg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  creator: 'String',
  filterword: 'String',
  desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errid: 'Number',
  errmsg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openim.snfilterword.setfilter`: method, response root, request and response schemas. */
export const taobaoOpenimSnfilterwordSetfilterOperation = {
  method: 'taobao.openim.snfilterword.setfilter',
  responseRoot: 'openim_snfilterword_setfilter_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词过滤 — calls TOP method `taobao.openim.snfilterword.setfilter`.
 *
 * 设置openim关键词过滤
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenimSnfilterwordSetfilter(
  client: TopClient,
  request: TaobaoOpenimSnfilterwordSetfilterRequest,
  options?: CallOptions,
): Promise<TaobaoOpenimSnfilterwordSetfilterResponse> {
  return client.call<TaobaoOpenimSnfilterwordSetfilterResponse>(
    {
      method: 'taobao.openim.snfilterword.setfilter',
      responseRoot: 'openim_snfilterword_setfilter_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
