// Generated from specs/baichuan/taobao.baichuan.item.subscribe.daily.left.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baichuan.item.subscribe.daily.left.query` (查询当天可添加的余量). */
export interface TaobaoBaichuanItemSubscribeDailyLeftQueryRequest {}

/** Response of `taobao.baichuan.item.subscribe.daily.left.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaichuanItemSubscribeDailyLeftQueryResponse {
  /** 接口返回model */
  result?: TaobaoBaichuanItemSubscribeDailyLeftQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.baichuan.item.subscribe.daily.left.query`. */
export interface TaobaoBaichuanItemSubscribeDailyLeftQueryResult {
  /** 返回 */
  result_list?: TaobaoBaichuanItemSubscribeDailyLeftQueryResultMeta[];
}

/** `ResultMeta` of `taobao.baichuan.item.subscribe.daily.left.query`. */
export interface TaobaoBaichuanItemSubscribeDailyLeftQueryResultMeta {
  /** 返回码 */
  code?: Int64;
  /** 返回码对应的文案 */
  msg?: string;
  /** 数据 */
  data?: TaobaoBaichuanItemSubscribeDailyLeftQueryResultData;
}

/** `ResultData` of `taobao.baichuan.item.subscribe.daily.left.query`. */
export interface TaobaoBaichuanItemSubscribeDailyLeftQueryResultData {
  /** 返回值个数 */
  count?: Int64;
  /** 具体内容 */
  data_list?: Int64[];
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_list: [
      {
        code: 'Number',
        msg: 'String',
        data: {
          count: 'Number',
          data_list: ['Number'],
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.baichuan.item.subscribe.daily.left.query`: method, response root, request and response schemas. */
export const taobaoBaichuanItemSubscribeDailyLeftQueryOperation = {
  method: 'taobao.baichuan.item.subscribe.daily.left.query',
  responseRoot: 'baichuan_item_subscribe_daily_left_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询当天可添加的余量 — calls TOP method `taobao.baichuan.item.subscribe.daily.left.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaichuanItemSubscribeDailyLeftQuery(
  client: TopClient,
  request: TaobaoBaichuanItemSubscribeDailyLeftQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaichuanItemSubscribeDailyLeftQueryResponse> {
  return client.call<TaobaoBaichuanItemSubscribeDailyLeftQueryResponse>(
    {
      method: 'taobao.baichuan.item.subscribe.daily.left.query',
      responseRoot: 'baichuan_item_subscribe_daily_left_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
