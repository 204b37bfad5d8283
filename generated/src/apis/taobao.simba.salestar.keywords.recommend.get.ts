// Generated from specs/simba/taobao.simba.salestar.keywords.recommend.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.keywords.recommend.get` (销量明星api相关接口). */
export interface TaobaoSimbaSalestarKeywordsRecommendGetRequest {
  /** 推广组ID */
  adgroup_id: Int64Input;
  /** 产品类型101001005代表标准推广，101001014代表销量明星 */
  product_id?: Int64Input;
}

/** Response of `taobao.simba.salestar.keywords.recommend.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarKeywordsRecommendGetResponse {
  /** 推荐词分页对象，当输入的页码大于最大数值时，将返回最大的page_no值，并且结果中的数据列表为空值 */
  recommend_words?: TaobaoSimbaSalestarKeywordsRecommendGetRecommendWordPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecommendWordPage` of `taobao.simba.salestar.keywords.recommend.get`. */
export interface TaobaoSimbaSalestarKeywordsRecommendGetRecommendWordPage {
  /** 推荐词分页对象列表 */
  recommend_word_list?: TaobaoSimbaSalestarKeywordsRecommendGetRecommendWord[];
}

/** `RecommendWord` of `taobao.simba.salestar.keywords.recommend.get`. */
export interface TaobaoSimbaSalestarKeywordsRecommendGetRecommendWord {
  /** 推荐的关键词 */
  word?: string;
  /** 搜索量 */
  pv?: string;
  /** 平均价格 */
  average_price?: string;
  /** 相关度 */
  pertinence?: string;
}

const REQUEST_SCHEMA = {
  adgroup_id: 'Number',
  product_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  recommend_words: {
    recommend_word_list: [
      {
        word: 'String',
        pv: 'String',
        average_price: 'String',
        pertinence: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.keywords.recommend.get`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarKeywordsRecommendGetOperation = {
  method: 'taobao.simba.salestar.keywords.recommend.get',
  responseRoot: 'simba_salestar_keywords_recommend_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销量明星api相关接口 — calls TOP method `taobao.simba.salestar.keywords.recommend.get`.
 *
 * 取得一个推广组的推荐关键词列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarKeywordsRecommendGet(
  client: TopClient,
  request: TaobaoSimbaSalestarKeywordsRecommendGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarKeywordsRecommendGetResponse> {
  return client.call<TaobaoSimbaSalestarKeywordsRecommendGetResponse>(
    {
      method: 'taobao.simba.salestar.keywords.recommend.get',
      responseRoot: 'simba_salestar_keywords_recommend_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
