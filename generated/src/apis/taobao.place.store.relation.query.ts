// Generated from specs/store/taobao.place.store.relation.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.relation.query` (门店关系查询). */
export interface TaobaoPlaceStoreRelationQueryRequest {
  /** 系统自动生成 */
  param_store_relation_simple_query?: TaobaoPlaceStoreRelationQueryStoreRelationSimpleQueryInput;
}

/** Response of `taobao.place.store.relation.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreRelationQueryResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoreRelationQueryTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreRelationSimpleQuery` of `taobao.place.store.relation.query`. */
export interface TaobaoPlaceStoreRelationQueryStoreRelationSimpleQueryInput {
  /** 业务类型 */
  biz_type?: Int64Input;
  /** 外部关联业务id */
  outer_id?: Int64Input;
  /** 页码 */
  page_index?: Int64Input;
  /** 每页条目数（最大值100） */
  page_size?: Int64Input;
  /** 门店id */
  store_id?: Int64Input;
  /** 是否获取精确数量，设置为true后搜索性能较差，对准确总数有强诉求的场景再使用。分页时请只在第一页请求时设置为true */
  accurate_count?: boolean;
}

/** `TopBatchResultDo` of `taobao.place.store.relation.query`. */
export interface TaobaoPlaceStoreRelationQueryTopBatchResultDo {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否失败 */
  failure?: boolean;
  /** 其它信息 */
  other?: TaobaoPlaceStoreRelationQueryOther;
  /** 业务结果 */
  result_list?: TaobaoPlaceStoreRelationQueryStoreRelationSimpleDo[];
  /** 是否成功 */
  success?: boolean;
  /** 条目数，默认不返回，当设置accurate_count为true时才会返回 */
  total_num?: Int64;
}

/** `Other` of `taobao.place.store.relation.query`. */
export interface TaobaoPlaceStoreRelationQueryOther {
  /** 是否为空 */
  empty?: boolean;
}

/** `StoreRelationSimpleDo` of `taobao.place.store.relation.query`. */
export interface TaobaoPlaceStoreRelationQueryStoreRelationSimpleDo {
  /** 业务类型 */
  biz_type?: Int64;
  /** 门店名称 */
  name?: string;
  /** 业务id */
  outer_id?: string;
  /** 关系id */
  relation_id?: Int64;
  /** 业务关系状态 */
  status?: Int64;
  /** 门店id */
  store_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_store_relation_simple_query: {
    biz_type: 'Number',
    outer_id: 'Number',
    page_index: 'Number',
    page_size: 'Number',
    store_id: 'Number',
    accurate_count: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    failure: 'Boolean',
    other: {
      empty: 'Boolean',
    },
    result_list: [
      {
        biz_type: 'Number',
        name: 'String',
        outer_id: 'String',
        relation_id: 'Number',
        status: 'Number',
        store_id: 'Number',
      },
    ],
    success: 'Boolean',
    total_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.relation.query`: method, response root, request and response schemas. */
export const taobaoPlaceStoreRelationQueryOperation = {
  method: 'taobao.place.store.relation.query',
  responseRoot: 'place_store_relation_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店关系查询 — calls TOP method `taobao.place.store.relation.query`.
 *
 * 查询门店关系
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreRelationQuery(
  client: TopClient,
  request: TaobaoPlaceStoreRelationQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreRelationQueryResponse> {
  return client.call<TaobaoPlaceStoreRelationQueryResponse>(
    {
      method: 'taobao.place.store.relation.query',
      responseRoot: 'place_store_relation_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
