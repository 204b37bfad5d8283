// Generated from specs/simba/taobao.simba.insight.catsforecastnew.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.catsforecastnew.get` (获取词的相关类目预测数据). */
export interface TaobaoSimbaInsightCatsforecastnewGetRequest {
  /**
   * 需要查询的词列表
   *
   * Max list size: 100
   */
  bidword_list: string[];
}

/** Response of `taobao.simba.insight.catsforecastnew.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightCatsforecastnewGetResponse {
  /** 词的相关类目列表 */
  category_forecast_list?: TaobaoSimbaInsightCatsforecastnewGetInsightCategoryForcastDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightCategoryForcastDTO` of `taobao.simba.insight.catsforecastnew.get`. */
export interface TaobaoSimbaInsightCatsforecastnewGetInsightCategoryForcastDTO {
  /** 表示类目的所有父级类目的名称，不同层级之间用 （ascii码为2的字符）分隔开 */
  cat_path_name?: string;
  /** 表示词与该类目的相关度，值越大表示越相关 */
  score?: string;
  /** 表示该类目的所有父级类目，按层级顺序排列，层级越高的在前面，不同的层级之间用空格分隔 */
  cat_path_id?: string;
  /** 查询词 */
  bidword?: string;
}

const REQUEST_SCHEMA = {
  bidword_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  category_forecast_list: [
    {
      cat_path_name: 'String',
      score: 'String',
      cat_path_id: 'String',
      bidword: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.insight.catsforecastnew.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightCatsforecastnewGetOperation = {
  method: 'taobao.simba.insight.catsforecastnew.get',
  responseRoot: 'simba_insight_catsforecastnew_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取词的相关类目预测数据 — calls TOP method `taobao.simba.insight.catsforecastnew.get`.
 *
 * 根据给定的词，预测这些词的相关类目
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightCatsforecastnewGet(
  client: TopClient,
  request: TaobaoSimbaInsightCatsforecastnewGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightCatsforecastnewGetResponse> {
  return client.call<TaobaoSimbaInsightCatsforecastnewGetResponse>(
    {
      method: 'taobao.simba.insight.catsforecastnew.get',
      responseRoot: 'simba_insight_catsforecastnew_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
