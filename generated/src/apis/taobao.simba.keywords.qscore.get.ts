// Generated from specs/simba/taobao.simba.keywords.qscore.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.qscore.get` (取得一个推广组的所有关键词的质量得分或者根据关键词Id列表取得一组关键词的质量得分). */
export interface TaobaoSimbaKeywordsQscoreGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.simba.keywords.qscore.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsQscoreGetResponse {
  /** 取得的关键词质量得分列表 */
  keyword_qscore_list?: TaobaoSimbaKeywordsQscoreGetKeywordQscore[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KeywordQscore` of `taobao.simba.keywords.qscore.get`. */
export interface TaobaoSimbaKeywordsQscoreGetKeywordQscore {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 关键词id */
  keyword_id?: Int64;
  /** 关键词 */
  word?: string;
  /** 质量总分 */
  qscore?: string;
  /** 基础分 */
  cust_score?: string;
  /** 创意得分 */
  creative_score?: string;
  /** 相关性 */
  rele_score?: string;
  /** 买家体验分 */
  cvr_score?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keyword_qscore_list: [
    {
      nick: 'String',
      campaign_id: 'Number',
      adgroup_id: 'Number',
      keyword_id: 'Number',
      word: 'String',
      qscore: 'String',
      cust_score: 'String',
      creative_score: 'String',
      rele_score: 'String',
      cvr_score: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywords.qscore.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsQscoreGetOperation = {
  method: 'taobao.simba.keywords.qscore.get',
  responseRoot: 'simba_keywords_qscore_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广组的所有关键词的质量得分或者根据关键词Id列表取得一组关键词的质量得分 — calls TOP method `taobao.simba.keywords.qscore.get`.
 *
 * 取得一个推广组的所有关键词的质量得分列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsQscoreGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsQscoreGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsQscoreGetResponse> {
  return client.call<TaobaoSimbaKeywordsQscoreGetResponse>(
    {
      method: 'taobao.simba.keywords.qscore.get',
      responseRoot: 'simba_keywords_qscore_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
