// Generated from specs/simba/taobao.simba.keywordscat.qscore.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywordscat.qscore.get` (取得一个推广组的所有关键词和类目出价的质量得分). */
export interface TaobaoSimbaKeywordscatQscoreGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组Id */
  adgroup_id: Int64Input;
}

/** Response of `taobao.simba.keywordscat.qscore.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordscatQscoreGetResponse {
  /** 类目出价和词的质量得分对象 */
  qscore?: TaobaoSimbaKeywordscatQscoreGetQscore;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Qscore` of `taobao.simba.keywordscat.qscore.get`. */
export interface TaobaoSimbaKeywordscatQscoreGetQscore {
  /** 词质量得分列表 */
  keyword_qscore_list?: TaobaoSimbaKeywordscatQscoreGetKeywordQscore[];
  /** 类目出价质量得分 */
  catmatch_qscore?: string;
}

/** `KeywordQscore` of `taobao.simba.keywordscat.qscore.get`. */
export interface TaobaoSimbaKeywordscatQscoreGetKeywordQscore {
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
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  qscore: {
    keyword_qscore_list: [
      {
        nick: 'String',
        campaign_id: 'Number',
        adgroup_id: 'Number',
        keyword_id: 'Number',
        word: 'String',
        qscore: 'String',
      },
    ],
    catmatch_qscore: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywordscat.qscore.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordscatQscoreGetOperation = {
  method: 'taobao.simba.keywordscat.qscore.get',
  responseRoot: 'simba_keywordscat_qscore_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广组的所有关键词和类目出价的质量得分 — calls TOP method `taobao.simba.keywordscat.qscore.get`.
 *
 * 取得一个推广组的所有关键词和类目出价的质量得分列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordscatQscoreGet(
  client: TopClient,
  request: TaobaoSimbaKeywordscatQscoreGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordscatQscoreGetResponse> {
  return client.call<TaobaoSimbaKeywordscatQscoreGetResponse>(
    {
      method: 'taobao.simba.keywordscat.qscore.get',
      responseRoot: 'simba_keywordscat_qscore_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
