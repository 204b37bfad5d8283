// Generated from specs/omniorder/taobao.qimen.items.tag.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.items.tag.query` (打标结果查询-商品维度). */
export interface TaobaoQimenItemsTagQueryRequest {
  /**
   * 线上淘宝商品ID，long，必填
   *
   * Max list size: 20
   */
  item_ids: string[];
}

/** Response of `taobao.qimen.items.tag.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenItemsTagQueryResponse {
  /** flag */
  flag?: string;
  /** itemTags */
  item_tags?: TaobaoQimenItemsTagQueryItemTag[];
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemTag` of `taobao.qimen.items.tag.query`. */
export interface TaobaoQimenItemsTagQueryItemTag {
  /** itemId */
  item_id?: Int64;
  /** tagType */
  tag_type?: string;
}

const REQUEST_SCHEMA = {
  item_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  flag: 'String',
  item_tags: [
    {
      item_id: 'Number',
      tag_type: 'String',
    },
  ],
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.items.tag.query`: method, response root, request and response schemas. */
export const taobaoQimenItemsTagQueryOperation = {
  method: 'taobao.qimen.items.tag.query',
  responseRoot: 'qimen_items_tag_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 打标结果查询-商品维度 — calls TOP method `taobao.qimen.items.tag.query`.
 *
 * 调用该接口，查询某个/某批商品上的标
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenItemsTagQuery(
  client: TopClient,
  request: TaobaoQimenItemsTagQueryRequest,
  options?: CallOptions,
): Promise<TaobaoQimenItemsTagQueryResponse> {
  return client.call<TaobaoQimenItemsTagQueryResponse>(
    {
      method: 'taobao.qimen.items.tag.query',
      responseRoot: 'qimen_items_tag_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
