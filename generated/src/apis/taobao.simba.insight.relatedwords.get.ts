// Generated from specs/simba/taobao.simba.insight.relatedwords.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.relatedwords.get` (获取词的相关词). */
export interface TaobaoSimbaInsightRelatedwordsGetRequest {
  /**
   * 要查询的词列表
   *
   * Max list size: 100
   */
  bidword_list: string[];
  /** 表示返回数据的条数 */
  number: Int64Input;
}

/** Response of `taobao.simba.insight.relatedwords.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightRelatedwordsGetResponse {
  /** 相关词列表，最多可传100个。 */
  related_words_result_list?: TaobaoSimbaInsightRelatedwordsGetInsightRelatedWords[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightRelatedWords` of `taobao.simba.insight.relatedwords.get`. */
export interface TaobaoSimbaInsightRelatedwordsGetInsightRelatedWords {
  /** 相关词信息列表 */
  related_word_items_list?: TaobaoSimbaInsightRelatedwordsGetInsightRelatedWord[];
  /** 原词 */
  bidword?: string;
}

/** `InsightRelatedWord` of `taobao.simba.insight.relatedwords.get`. */
export interface TaobaoSimbaInsightRelatedwordsGetInsightRelatedWord {
  /** 相关度 */
  weight?: string;
  /** 相关词 */
  related_word?: string;
}

const REQUEST_SCHEMA = {
  bidword_list: ['String'],
  number: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  related_words_result_list: [
    {
      related_word_items_list: [
        {
          weight: 'String',
          related_word: 'String',
        },
      ],
      bidword: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.insight.relatedwords.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightRelatedwordsGetOperation = {
  method: 'taobao.simba.insight.relatedwords.get',
  responseRoot: 'simba_insight_relatedwords_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取词的相关词 — calls TOP method `taobao.simba.insight.relatedwords.get`.
 *
 * 获取给定词的若干相关词，返回结果中越相关的权重越大，排在越前面，根据number参数对返回结果进行截断。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightRelatedwordsGet(
  client: TopClient,
  request: TaobaoSimbaInsightRelatedwordsGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightRelatedwordsGetResponse> {
  return client.call<TaobaoSimbaInsightRelatedwordsGetResponse>(
    {
      method: 'taobao.simba.insight.relatedwords.get',
      responseRoot: 'simba_insight_relatedwords_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
