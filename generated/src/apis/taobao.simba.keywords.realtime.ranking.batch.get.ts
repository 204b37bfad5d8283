// Generated from specs/simba/taobao.simba.keywords.realtime.ranking.batch.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.realtime.ranking.batch.get` (获取关键词的新版实时排名). */
export interface TaobaoSimbaKeywordsRealtimeRankingBatchGetRequest {
  /** 旺旺名称 */
  nick: string;
  /** adgroupId */
  ad_group_id: Int64Input;
  /**
   * 关键词列表集合,id用半角逗号分割，一次最多20个
   *
   * Max list size: 20
   */
  bidword_ids: string[];
}

/** Response of `taobao.simba.keywords.realtime.ranking.batch.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsRealtimeRankingBatchGetResponse {
  /** 返回值 */
  result?: TaobaoSimbaKeywordsRealtimeRankingBatchGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.simba.keywords.realtime.ranking.batch.get`. */
export interface TaobaoSimbaKeywordsRealtimeRankingBatchGetResultDto {
  /** 返回结果，结果是json结构，说明： pc_rank=-2:创意未投放,-1:计划未投放,0:首页左侧位置,1:首页右侧第1,2:首页右侧第2,3:首页右侧第3,4:首页（非前三）,5:第2页,6:第3页,7:第4页,8:第5页,9:5页以后 mobile_rank=-2:创意未投放,-1:计划未投放,0:移动首条,1:移动前三,3:移动4~6条,6:移动7~10条,10:移动11~15条,11=移动16~20条,12=20条以后 */
  realtime_rank_list?: TaobaoSimbaKeywordsRealtimeRankingBatchGetResult[];
  /** 错误码 */
  code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误消息 */
  msg?: string;
  /** 错误对应的消息Key */
  key?: string;
}

/** `Result` of `taobao.simba.keywords.realtime.ranking.batch.get`. */
export interface TaobaoSimbaKeywordsRealtimeRankingBatchGetResult {
  /** 关键词id */
  bidwordid?: string;
  /** 状态码stat(0:正常;1:非正常) */
  stat?: string;
  /** PC的排名:(0:首页左侧位置;1:首页右侧第1;2:首页右侧第2,3:首页右侧第3,4:首页非前三,5:第2页,6:第3页,7:第4页,8:第5页,9:5页以后) */
  pc_rank?: string;
  /** 移动的排名(0:移动首条,1:移动前三,3:移动4~6条,6:移动7~10条,10:移动11~15条,11:移动16~20条,12:20条以后) */
  mobile_rank?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  ad_group_id: 'Number',
  bidword_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    realtime_rank_list: [
      {
        bidwordid: 'String',
        stat: 'String',
        pc_rank: 'String',
        mobile_rank: 'String',
      },
    ],
    code: 'String',
    success: 'Boolean',
    msg: 'String',
    key: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywords.realtime.ranking.batch.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsRealtimeRankingBatchGetOperation = {
  method: 'taobao.simba.keywords.realtime.ranking.batch.get',
  responseRoot: 'simba_keywords_realtime_ranking_batch_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取关键词的新版实时排名 — calls TOP method `taobao.simba.keywords.realtime.ranking.batch.get`.
 *
 * 根据关键词ID获取关键词的新版实时排名
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsRealtimeRankingBatchGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsRealtimeRankingBatchGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsRealtimeRankingBatchGetResponse> {
  return client.call<TaobaoSimbaKeywordsRealtimeRankingBatchGetResponse>(
    {
      method: 'taobao.simba.keywords.realtime.ranking.batch.get',
      responseRoot: 'simba_keywords_realtime_ranking_batch_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
