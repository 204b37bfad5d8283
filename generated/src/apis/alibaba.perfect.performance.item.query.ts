// Generated from specs/perfect/alibaba.perfect.performance.item.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.perfect.performance.item.query` (商品完美履约信息查询). */
export interface AlibabaPerfectPerformanceItemQueryRequest {
  /** 查询入参 */
  item_perfect_performance_query_req?: AlibabaPerfectPerformanceItemQueryItemPerfectPerformanceQueryReqInput;
}

/** Response of `alibaba.perfect.performance.item.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPerfectPerformanceItemQueryResponse {
  /** 返回的数据实体 */
  data?: AlibabaPerfectPerformanceItemQueryItemPerfectPerformanceQueryResp;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemPerfectPerformanceQueryReq` of `alibaba.perfect.performance.item.query`. */
export interface AlibabaPerfectPerformanceItemQueryItemPerfectPerformanceQueryReqInput {
  /** 天猫商品id */
  item_tmall_id: string;
}

/** `ItemPerfectPerformanceQueryResp` of `alibaba.perfect.performance.item.query`. */
export interface AlibabaPerfectPerformanceItemQueryItemPerfectPerformanceQueryResp {
  /** 是否完美履约商品 */
  is_tc_item?: boolean;
  /** 商家商品id */
  item_outer_id?: string;
  /** 天猫商品id */
  item_tmall_id?: string;
  /** 完美履约门店列表 */
  tc_store_list?: AlibabaPerfectPerformanceItemQueryTcStoreList[];
}

/** `TcStoreList` of `alibaba.perfect.performance.item.query`. */
export interface AlibabaPerfectPerformanceItemQueryTcStoreList {
  /** 门店名称 */
  store_name?: string;
  /** 门店id */
  store_id?: Int64;
}

const REQUEST_SCHEMA = {
  item_perfect_performance_query_req: {
    item_tmall_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    is_tc_item: 'Boolean',
    item_outer_id: 'String',
    item_tmall_id: 'String',
    tc_store_list: [
      {
        store_name: 'String',
        store_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.perfect.performance.item.query`: method, response root, request and response schemas. */
export const alibabaPerfectPerformanceItemQueryOperation = {
  method: 'alibaba.perfect.performance.item.query',
  responseRoot: 'alibaba_perfect_performance_item_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品完美履约信息查询 — calls TOP method `alibaba.perfect.performance.item.query`.
 *
 * 同城零售商品完美履约信息查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPerfectPerformanceItemQuery(
  client: TopClient,
  request: AlibabaPerfectPerformanceItemQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaPerfectPerformanceItemQueryResponse> {
  return client.call<AlibabaPerfectPerformanceItemQueryResponse>(
    {
      method: 'alibaba.perfect.performance.item.query',
      responseRoot: 'alibaba_perfect_performance_item_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
