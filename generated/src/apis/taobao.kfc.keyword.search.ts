// Generated from specs/util/taobao.kfc.keyword.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.kfc.keyword.search` (关键词过滤匹配). */
export interface TaobaoKfcKeywordSearchRequest {
  /** 发布信息的淘宝会员名，可以不传 */
  nick?: string;
  /**
   * 应用点，分为一级应用点、二级应用点。其中一级应用点通常是指某一个系统或产品，比如淘宝的商品应用（taobao_auction）；二级应用点，是指一级应用点下的具体的分类，比如商品标题(title)、商品描述(content)。不同的二级应用可以设置不同关键词。
   *
   * 这里的apply参数是由一级应用点与二级应用点合起来的字符（一级应用点+"."+二级应用点），如taobao_auction.title。
   *
   * 通常apply参数是不需要传递的。如有特殊需求（比如特殊的过滤需求，需要自己维护一套自己词库），需传递此参数。
   */
  apply?: string;
  /** 需要过滤的文本信息 */
  content: string;
}

/** Response of `taobao.kfc.keyword.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoKfcKeywordSearchResponse {
  /** KFC 关键词过滤匹配结果 */
  kfc_search_result?: TaobaoKfcKeywordSearchKfcSearchResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KfcSearchResult` of `taobao.kfc.keyword.search`. */
export interface TaobaoKfcKeywordSearchKfcSearchResult {
  /** 是否匹配到关键词,匹配到则为true. */
  matched?: boolean;
  /**
   * 匹配到的关键词的等级，值为null，或为A、B、C、D。
   * 当匹配不到关键词时，值为null，否则值为A、B、C、D中的一个。
   * A、B、C、D等级按严重程度从高至低排列。
   */
  level?: string;
  /**
   * 过滤后的文本：
   * 当匹配到B等级的词时，文本中的关键词被替换为*号，content即为关键词替换后的文本；
   * 其他情况，content始终为null
   */
  content?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  apply: 'String',
  content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  kfc_search_result: {
    matched: 'Boolean',
    level: 'String',
    content: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.kfc.keyword.search`: method, response root, request and response schemas. */
export const taobaoKfcKeywordSearchOperation = {
  method: 'taobao.kfc.keyword.search',
  responseRoot: 'kfc_keyword_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词过滤匹配 — calls TOP method `taobao.kfc.keyword.search`.
 *
 * 对输入的文本信息进行禁忌关键词匹配，返回匹配的结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoKfcKeywordSearch(
  client: TopClient,
  request: TaobaoKfcKeywordSearchRequest,
  options?: CallOptions,
): Promise<TaobaoKfcKeywordSearchResponse> {
  return client.call<TaobaoKfcKeywordSearchResponse>(
    {
      method: 'taobao.kfc.keyword.search',
      responseRoot: 'kfc_keyword_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
