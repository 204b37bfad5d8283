// Generated from specs/smartstore/tmall.popupstore.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.popupstore.activity.query` (查询某段时间内的快闪活动列表). */
export interface TmallPopupstoreActivityQueryRequest {
  /** 查询开始时间,yyyy-MM-dd */
  start_date: string;
  /** 查询结束时间，yyyy-MM-dd */
  end_date: string;
}

/** Response of `tmall.popupstore.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPopupstoreActivityQueryResponse {
  /** 出参对象 */
  result_dto?: TmallPopupstoreActivityQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `tmall.popupstore.activity.query`. */
export interface TmallPopupstoreActivityQueryResultDto {
  /** 返回数据条数 */
  total?: Int64;
  /** 返回结果 */
  result_list?: TmallPopupstoreActivityQueryResult[];
  /** 返回code */
  code?: string;
  /** 错误msg */
  msg?: string;
}

/** `Result` of `tmall.popupstore.activity.query`. */
export interface TmallPopupstoreActivityQueryResult {
  /** 活动id */
  activity_id?: Int64;
  /** 活动结束时间 */
  activity_end_time?: string;
  /** 0：正常状态，-1：删除状态，-2：活动取消 */
  activity_status?: Int64;
  /** 活动名称 */
  activity_name?: string;
  /** 活动开始时间 */
  activity_start_time?: string;
}

const REQUEST_SCHEMA = {
  start_date: 'String',
  end_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_dto: {
    total: 'Number',
    result_list: [
      {
        activity_id: 'Number',
        activity_end_time: 'String',
        activity_status: 'Number',
        activity_name: 'String',
        activity_start_time: 'String',
      },
    ],
    code: 'String',
    msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.popupstore.activity.query`: method, response root, request and response schemas. */
export const tmallPopupstoreActivityQueryOperation = {
  method: 'tmall.popupstore.activity.query',
  responseRoot: 'tmall_popupstore_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询某段时间内的快闪活动列表 — calls TOP method `tmall.popupstore.activity.query`.
 *
 * 提供给ISV查询某一时间段内包含指定appKey的活动列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPopupstoreActivityQuery(
  client: TopClient,
  request: TmallPopupstoreActivityQueryRequest,
  options?: CallOptions,
): Promise<TmallPopupstoreActivityQueryResponse> {
  return client.call<TmallPopupstoreActivityQueryResponse>(
    {
      method: 'tmall.popupstore.activity.query',
      responseRoot: 'tmall_popupstore_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
