// Generated from specs/fenxiao/taobao.scitem.map.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.scitem.map.delete` (失效指定用户的商品与后端商品的映射关系). */
export interface TaobaoScitemMapDeleteRequest {
  /** 后台商品ID */
  sc_item_id: Int64Input;
  /** 店铺用户nick。 如果该参数为空则删除后端商品与当前调用人的商品映射关系;如果不为空则删除指定用户与后端商品的映射关系 */
  user_nick?: string;
}

/** Response of `taobao.scitem.map.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoScitemMapDeleteResponse {
  /** 失效条数 */
  module?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  sc_item_id: 'Number',
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  module: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.scitem.map.delete`: method, response root, request and response schemas. */
export const taobaoScitemMapDeleteOperation = {
  method: 'taobao.scitem.map.delete',
  responseRoot: 'scitem_map_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 失效指定用户的商品与后端商品的映射关系 — calls TOP method `taobao.scitem.map.delete`.
 *
 * 根据后端商品Id，失效指定用户的商品与后端商品的映射关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoScitemMapDelete(
  client: TopClient,
  request: TaobaoScitemMapDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoScitemMapDeleteResponse> {
  return client.call<TaobaoScitemMapDeleteResponse>(
    {
      method: 'taobao.scitem.map.delete',
      responseRoot: 'scitem_map_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
