// Generated from specs/qimen/taobao.qimen.itemstore.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.itemstore.query` (商品关联门店查询接口). */
export interface TaobaoQimenItemstoreQueryRequest {
  /** 当前查询的页面编码 */
  page?: Int64Input;
  /** 线上商品ID */
  item_id: Int64Input;
}

/** Response of `taobao.qimen.itemstore.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenItemstoreQueryResponse {
  /** 响应信息 */
  message?: string;
  /** 门店列表 */
  store_ids?: Int64[];
  /** 响应的标签 */
  flag?: string;
  /** 总的门店数 */
  total_lines?: Int64;
  /** 响应的code */
  qimen_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  page: 'Number',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  store_ids: ['Number'],
  flag: 'String',
  total_lines: 'Number',
  qimen_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.itemstore.query`: method, response root, request and response schemas. */
export const taobaoQimenItemstoreQueryOperation = {
  method: 'taobao.qimen.itemstore.query',
  responseRoot: 'qimen_itemstore_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品关联门店查询接口 — calls TOP method `taobao.qimen.itemstore.query`.
 *
 * 商家在ERP等系统中调用该接口，查询线上商品所关联的门店列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenItemstoreQuery(
  client: TopClient,
  request: TaobaoQimenItemstoreQueryRequest,
  options?: CallOptions,
): Promise<TaobaoQimenItemstoreQueryResponse> {
  return client.call<TaobaoQimenItemstoreQueryResponse>(
    {
      method: 'taobao.qimen.itemstore.query',
      responseRoot: 'qimen_itemstore_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
