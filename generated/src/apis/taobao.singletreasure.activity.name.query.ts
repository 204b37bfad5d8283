// Generated from specs/singletreasure/taobao.singletreasure.activity.name.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.singletreasure.activity.name.query` (查询官方的活动名称接口). */
export interface TaobaoSingletreasureActivityNameQueryRequest {}

/** Response of `taobao.singletreasure.activity.name.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSingletreasureActivityNameQueryResponse {
  /** result */
  result?: TaobaoSingletreasureActivityNameQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.singletreasure.activity.name.query`. */
export interface TaobaoSingletreasureActivityNameQueryResultDto {
  /** 请求返回描述信息 */
  message?: string;
  /** data结果 */
  data_list?: TaobaoSingletreasureActivityNameQueryActivityNameCategoryDto[];
  /** 请求返回码 */
  code?: Int64;
  /** 是否成功 */
  success?: boolean;
}

/** `ActivityNameCategoryDto` of `taobao.singletreasure.activity.name.query`. */
export interface TaobaoSingletreasureActivityNameQueryActivityNameCategoryDto {
  /** 活动描述 1:日常活动 2:官方活动 */
  text?: string;
  /** 活动value */
  value?: Int64;
  /** 名称列表 */
  list?: TaobaoSingletreasureActivityNameQueryActivityNameInfoDto[];
}

/** `ActivityNameInfoDto` of `taobao.singletreasure.activity.name.query`. */
export interface TaobaoSingletreasureActivityNameQueryActivityNameInfoDto {
  /** 类目 */
  category?: string;
  /** 活动名称的列表 */
  name_list?: string[];
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    data_list: [
      {
        text: 'String',
        value: 'Number',
        list: [
          {
            category: 'String',
            name_list: ['String'],
          },
        ],
      },
    ],
    code: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.singletreasure.activity.name.query`: method, response root, request and response schemas. */
export const taobaoSingletreasureActivityNameQueryOperation = {
  method: 'taobao.singletreasure.activity.name.query',
  responseRoot: 'singletreasure_activity_name_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询官方的活动名称接口 — calls TOP method `taobao.singletreasure.activity.name.query`.
 *
 * 查询官方的活动名称列表接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSingletreasureActivityNameQuery(
  client: TopClient,
  request: TaobaoSingletreasureActivityNameQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoSingletreasureActivityNameQueryResponse> {
  return client.call<TaobaoSingletreasureActivityNameQueryResponse>(
    {
      method: 'taobao.singletreasure.activity.name.query',
      responseRoot: 'singletreasure_activity_name_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
