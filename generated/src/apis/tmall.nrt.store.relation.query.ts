// Generated from specs/nrt/tmall.nrt.store.relation.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.store.relation.query` (喵零门店关系查询). */
export interface TmallNrtStoreRelationQueryRequest {
  /** 查询对象 */
  store_query?: TmallNrtStoreRelationQueryStoreQueryInput;
}

/** Response of `tmall.nrt.store.relation.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtStoreRelationQueryResponse {
  /** 结果对象 */
  result?: TmallNrtStoreRelationQueryResultDO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StoreQuery` of `tmall.nrt.store.relation.query`. */
export interface TmallNrtStoreRelationQueryStoreQueryInput {
  /** 卖场Id或者同城id */
  store_ids: Int64Input[];
  /** 类型 */
  type: Int64Input;
}

/** `ResultDO` of `tmall.nrt.store.relation.query`. */
export interface TmallNrtStoreRelationQueryResultDO {
  /** 数据对象 */
  data?: TmallNrtStoreRelationQueryNrtStoreDTO[];
  /** 错误码 */
  errcode?: string;
  /** 请求是否成功 */
  succ?: boolean;
  /** 异常信息 */
  errmsg?: string;
}

/** `NrtStoreDTO` of `tmall.nrt.store.relation.query`. */
export interface TmallNrtStoreRelationQueryNrtStoreDTO {
  /** 门店id1 */
  store_id?: Int64;
  /** 门店名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  store_query: {
    store_ids: ['Number'],
    type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: [
      {
        store_id: 'Number',
        name: 'String',
      },
    ],
    errcode: 'String',
    succ: 'Boolean',
    errmsg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.store.relation.query`: method, response root, request and response schemas. */
export const tmallNrtStoreRelationQueryOperation = {
  method: 'tmall.nrt.store.relation.query',
  responseRoot: 'tmall_nrt_store_relation_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵零门店关系查询 — calls TOP method `tmall.nrt.store.relation.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtStoreRelationQuery(
  client: TopClient,
  request: TmallNrtStoreRelationQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrtStoreRelationQueryResponse> {
  return client.call<TmallNrtStoreRelationQueryResponse>(
    {
      method: 'tmall.nrt.store.relation.query',
      responseRoot: 'tmall_nrt_store_relation_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
