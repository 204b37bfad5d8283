// Generated from specs/omniorder/taobao.qimen.tag.items.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.tag.items.query` (打标结果查询-标维度). */
export interface TaobaoQimenTagItemsQueryRequest {
  /** 打标值，string（50），TBKU=同步库存标，MDZT=门店自提标，必填 */
  tag_type: string;
  /** 备注，string（500） */
  remark?: string;
}

/** Response of `taobao.qimen.tag.items.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenTagItemsQueryResponse {
  /** flag */
  flag?: string;
  /** itemIds */
  item_ids?: Int64[];
  /** message */
  message?: string;
  /** tagType */
  tag_type?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tag_type: 'String',
  remark: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  item_ids: ['Number'],
  message: 'String',
  tag_type: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.tag.items.query`: method, response root, request and response schemas. */
export const taobaoQimenTagItemsQueryOperation = {
  method: 'taobao.qimen.tag.items.query',
  responseRoot: 'qimen_tag_items_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 打标结果查询-标维度 — calls TOP method `taobao.qimen.tag.items.query`.
 *
 * 调用该接口，查询打了某个标的商品列表。说明：该接口调用后，返回值的时间较长，建议不要经常调用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenTagItemsQuery(
  client: TopClient,
  request: TaobaoQimenTagItemsQueryRequest,
  options?: CallOptions,
): Promise<TaobaoQimenTagItemsQueryResponse> {
  return client.call<TaobaoQimenTagItemsQueryResponse>(
    {
      method: 'taobao.qimen.tag.items.query',
      responseRoot: 'qimen_tag_items_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
