// Generated from specs/promotion/taobao.ump.tool.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.tool.get` (查询工具). */
export interface TaobaoUmpToolGetRequest {
  /** 工具的id */
  tool_id: Int64Input;
}

/** Response of `taobao.ump.tool.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpToolGetResponse {
  /** 工具信息内容，格式为json，可以通过提供给的sdk里面的MarketingBuilder来处理这个内容 */
  content?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tool_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  content: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.tool.get`: method, response root, request and response schemas. */
export const taobaoUmpToolGetOperation = {
  method: 'taobao.ump.tool.get',
  responseRoot: 'ump_tool_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询工具 — calls TOP method `taobao.ump.tool.get`.
 *
 * 根据工具id获取一个工具对象
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpToolGet(
  client: TopClient,
  request: TaobaoUmpToolGetRequest,
  options?: CallOptions,
): Promise<TaobaoUmpToolGetResponse> {
  return client.call<TaobaoUmpToolGetResponse>(
    {
      method: 'taobao.ump.tool.get',
      responseRoot: 'ump_tool_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
