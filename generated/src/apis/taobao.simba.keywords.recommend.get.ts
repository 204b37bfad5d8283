// Generated from specs/simba/taobao.simba.keywords.recommend.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.recommend.get` (取得一个推广组的推荐关键词列表). */
export interface TaobaoSimbaKeywordsRecommendGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组ID */
  adgroup_id: Int64Input;
  /** 搜索量,设置此值后返回的就是大于此搜索量的词列表 */
  search?: Int64Input;
  /** 相关度 */
  pertinence?: string;
  /** 返回的每页数据量大小,最大200 */
  page_size: Int64Input;
  /** 返回的第几页数据，默认为1 */
  page_no: Int64Input;
  /** 排序方式: 搜索量 search_volume 市场平均价格 average_price 相关度 relevance 不排序 non 默认为 non */
  order_by?: string;
}

/** Response of `taobao.simba.keywords.recommend.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsRecommendGetResponse {
  /** 推荐词分页对象，当输入的页码大于最大数值时，将返回最大的page_no值，并且结果中的数据列表为空值 */
  recommend_words?: TaobaoSimbaKeywordsRecommendGetRecommendWordPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RecommendWordPage` of `taobao.simba.keywords.recommend.get`. */
export interface TaobaoSimbaKeywordsRecommendGetRecommendWordPage {
  /** 每页数据大小 */
  page_size?: Int64;
  /**
   * 返回第几页的数据从1开始。
   * 如果输入的值大于可取得的最大页码值时，将返回
   * 最大的页码值并且recommend_word_list值将
   * 为空
   */
  page_no?: Int64;
  /** 所查询的数据总数 */
  total_item?: Int64;
  /** 推荐词分页对象列表 */
  recommend_word_list?: TaobaoSimbaKeywordsRecommendGetRecommendWord[];
}

/** `RecommendWord` of `taobao.simba.keywords.recommend.get`. */
export interface TaobaoSimbaKeywordsRecommendGetRecommendWord {
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
  nick: 'String',
  adgroup_id: 'Number',
  search: 'Number',
  pertinence: 'String',
  page_size: 'Number',
  page_no: 'Number',
  order_by: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  recommend_words: {
    page_size: 'Number',
    page_no: 'Number',
    total_item: 'Number',
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

/** Static description of `taobao.simba.keywords.recommend.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsRecommendGetOperation = {
  method: 'taobao.simba.keywords.recommend.get',
  responseRoot: 'simba_keywords_recommend_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广组的推荐关键词列表 — calls TOP method `taobao.simba.keywords.recommend.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsRecommendGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsRecommendGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsRecommendGetResponse> {
  return client.call<TaobaoSimbaKeywordsRecommendGetResponse>(
    {
      method: 'taobao.simba.keywords.recommend.get',
      responseRoot: 'simba_keywords_recommend_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
