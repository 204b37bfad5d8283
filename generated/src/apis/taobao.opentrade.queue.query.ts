// Generated from specs/opentrade/taobao.opentrade.queue.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.queue.query` (尖货交易排队信息查询). */
export interface TaobaoOpentradeQueueQueryRequest {
  /** 排队用户状态，新用户为NEW */
  status?: string;
  /** 排队活动ID，排队时如传入，这里需要填写；若未传，这里也可以不传 */
  activity_id?: string;
  /** 排队商品SKU ID，不存在传0 */
  sku_id?: Int64Input;
  /** 排队商品ID */
  item_id: Int64Input;
  /** 分页参数，每页大小 */
  page_size: Int64Input;
  /** 分页参数，当前页，以0开始 */
  page_index: Int64Input;
}

/** Response of `taobao.opentrade.queue.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeQueueQueryResponse {
  /** 总记录数 */
  total_count?: string;
  /** 返回的排队用户数据 */
  results?: TaobaoOpentradeQueueQueryMcUserDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `McUserDto` of `taobao.opentrade.queue.query`. */
export interface TaobaoOpentradeQueueQueryMcUserDto {
  /** 用户状态 */
  status?: string;
  /** 排队活动ID */
  activity_id?: string;
  /** 排队传入的扩展信息 */
  ext_info?: string;
  /** 排队商品数量 */
  quality?: Int64;
  /** 排队商品SKU ID */
  sku_id?: Int64;
  /** 排队商品ID */
  item_id?: Int64;
  /** 用户openId */
  user_open_id?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
  activity_id: 'String',
  sku_id: 'Number',
  item_id: 'Number',
  page_size: 'Number',
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'String',
  results: [
    {
      status: 'String',
      activity_id: 'String',
      ext_info: 'String',
      quality: 'Number',
      sku_id: 'Number',
      item_id: 'Number',
      user_open_id: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.queue.query`: method, response root, request and response schemas. */
export const taobaoOpentradeQueueQueryOperation = {
  method: 'taobao.opentrade.queue.query',
  responseRoot: 'opentrade_queue_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 尖货交易排队信息查询 — calls TOP method `taobao.opentrade.queue.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeQueueQuery(
  client: TopClient,
  request: TaobaoOpentradeQueueQueryRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeQueueQueryResponse> {
  return client.call<TaobaoOpentradeQueueQueryResponse>(
    {
      method: 'taobao.opentrade.queue.query',
      responseRoot: 'opentrade_queue_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
