// Generated from specs/simba/taobao.simba.keywords.qscore.split.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.qscore.split.get` (新质量分服务). */
export interface TaobaoSimbaKeywordsQscoreSplitGetRequest {
  /** 账号昵称 */
  nick?: string;
  /** 推广组id */
  ad_group_id: Int64Input;
  /**
   * 词id数组（最多批量获取20个）
   *
   * Max list size: 20
   */
  bidword_ids: string[];
}

/** Response of `taobao.simba.keywords.qscore.split.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsQscoreSplitGetResponse {
  /** result */
  result?: TaobaoSimbaKeywordsQscoreSplitGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.simba.keywords.qscore.split.get`. */
export interface TaobaoSimbaKeywordsQscoreSplitGetResultDto {
  /** 返回成功/错误码 */
  key?: string;
  /** 返回信息 */
  message?: string;
  /** 返回新质量分实体信息 */
  result?: TaobaoSimbaKeywordsQscoreSplitGetQScoreSplitDto;
}

/** `QScoreSplitDto` of `taobao.simba.keywords.qscore.split.get`. */
export interface TaobaoSimbaKeywordsQscoreSplitGetQScoreSplitDto {
  /** 类目质量得分 */
  cat_match_score?: string;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 关键词新质量得分列表，包含PC和移动的质量分 */
  word_score_list?: TaobaoSimbaKeywordsQscoreSplitGetWordscorelist[];
}

/** `Wordscorelist` of `taobao.simba.keywords.qscore.split.get`. */
export interface TaobaoSimbaKeywordsQscoreSplitGetWordscorelist {
  /** 移动质量得分（另外值为-1:所属的campaign没有该投放设备，且所属的adgroup有该投放设备的投放中的创意、-2:所属的campaign有该投放设备，且所属的adgroup没有该投放设备的投放中的创意、-3:所属的campaign没有该投放设备，且所属的adgroup没有该投放设备的投放中的创意） */
  wireless_qscore?: string;
  /** 移动点击转化率(买家体验) */
  wireless_cvrscore?: string;
  /** 移动创意质量(创意效果) */
  wireless_creativescore?: string;
  /** 移动店铺质量(账户表现) */
  wireless_custscore?: string;
  /** 移动相关性，同kwscore */
  wireless_relescore?: string;
  /** 昵称 */
  nick?: string;
  /** 词id */
  keyword_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 计划id */
  campaign_id?: Int64;
  /** 客户id */
  customer_id?: Int64;
  /** 类目质量得分 */
  catscore?: string;
  /** 词相关性分数 */
  kwscore?: string;
  /** PC质量得分（另外值为-1:所属的campaign没有该投放设备，且所属的adgroup有该投放设备的投放中的创意、-2:所属的campaign有该投放设备，且所属的adgroup没有该投放设备的投放中的创意、-3:所属的campaign没有该投放设备，且所属的adgroup没有该投放设备的投放中的创意） */
  qscore?: string;
  /** 关键词 */
  word?: string;
  /** 点击转化率(买家体验) */
  cvrscore?: string;
  /** 创意质量(创意效果) */
  creativescore?: string;
  /** 店铺质量(账户表现) */
  custscore?: string;
  /** 属性得分 */
  pscore?: string;
  /** 词是否能推左 */
  plflag?: Int64;
  /** 相关性，同kwscore */
  relescore?: string;
  /** 词是否有首屏展示机会。值含义(4: 有展现机会,且能上首屏 2: 有展示机会,上不了首屏、1: 无展现机会,更上不了首屏) */
  wireless_matchflag?: Int64;
  /** 最低展现出价 */
  min_price?: Int64;
  /** 广告类型 单品： "tbuad"; 店铺： "addp"; */
  ad_type?: string;
  /** 词在pc端是否能首页推左(0:不能推左、1:可以推左)，此标记仅代表首页推左标 */
  pc_left_flag?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  ad_group_id: 'Number',
  bidword_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    key: 'String',
    message: 'String',
    result: {
      cat_match_score: 'String',
      adgroup_id: 'Number',
      word_score_list: [
        {
          wireless_qscore: 'String',
          wireless_cvrscore: 'String',
          wireless_creativescore: 'String',
          wireless_custscore: 'String',
          wireless_relescore: 'String',
          nick: 'String',
          keyword_id: 'Number',
          adgroup_id: 'Number',
          campaign_id: 'Number',
          customer_id: 'Number',
          catscore: 'String',
          kwscore: 'String',
          qscore: 'String',
          word: 'String',
          cvrscore: 'String',
          creativescore: 'String',
          custscore: 'String',
          pscore: 'String',
          plflag: 'Number',
          relescore: 'String',
          wireless_matchflag: 'Number',
          min_price: 'Number',
          ad_type: 'String',
          pc_left_flag: 'Number',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywords.qscore.split.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsQscoreSplitGetOperation = {
  method: 'taobao.simba.keywords.qscore.split.get',
  responseRoot: 'simba_keywords_qscore_split_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新质量分服务 — calls TOP method `taobao.simba.keywords.qscore.split.get`.
 *
 * 获取关键词新的质量分
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsQscoreSplitGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsQscoreSplitGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsQscoreSplitGetResponse> {
  return client.call<TaobaoSimbaKeywordsQscoreSplitGetResponse>(
    {
      method: 'taobao.simba.keywords.qscore.split.get',
      responseRoot: 'simba_keywords_qscore_split_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
