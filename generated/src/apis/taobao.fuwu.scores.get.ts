// Generated from specs/servicecenter/taobao.fuwu.scores.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fuwu.scores.get` (服务平台评价查询接口). */
export interface TaobaoFuwuScoresGetRequest {
  /** 评价日期，查询某一天的评价 */
  date: DateInput;
  /** 每页获取条数。默认值40，最小值1，最大值100。 */
  page_size?: Int64Input;
  /** 当前页 */
  current_page: Int64Input;
}

/** Response of `taobao.fuwu.scores.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFuwuScoresGetResponse {
  /** 评价流水记录 */
  score_result?: TaobaoFuwuScoresGetScoreResult[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScoreResult` of `taobao.fuwu.scores.get`. */
export interface TaobaoFuwuScoresGetScoreResult {
  /** 是否实际付费 1-实际付费 2-实际未付费 */
  is_pay?: Int64;
  /** 稳定性评分 */
  stability_score?: string;
  /** 交片速度 */
  rapid_score?: string;
  /** 平均分 */
  avg_score?: string;
  /** 是否为有效评分 1-有效评分 2-无效评分 */
  is_valid?: Int64;
  /** 评价id */
  id?: Int64;
  /** 专业性评分 */
  prof_score?: string;
  /** 评价时间 */
  gmt_create?: string;
  /** 服务规格code */
  item_code?: string;
  /** 服务规格名称 */
  item_name?: string;
  /** 服务态度评分 */
  attitude_score?: string;
  /** 描述相符 */
  matched_score?: string;
  /** 评论内容 */
  suggestion?: string;
  /** 服务code */
  service_code?: string;
  /** 评价人用户昵称 */
  user_nick?: string;
  /** 易用性评分 */
  easyuse_score?: string;
}

const REQUEST_SCHEMA = {
  date: 'Date',
  page_size: 'Number',
  current_page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  score_result: [
    {
      is_pay: 'Number',
      stability_score: 'String',
      rapid_score: 'String',
      avg_score: 'String',
      is_valid: 'Number',
      id: 'Number',
      prof_score: 'String',
      gmt_create: 'Date',
      item_code: 'String',
      item_name: 'String',
      attitude_score: 'String',
      matched_score: 'String',
      suggestion: 'String',
      service_code: 'String',
      user_nick: 'String',
      easyuse_score: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.fuwu.scores.get`: method, response root, request and response schemas. */
export const taobaoFuwuScoresGetOperation = {
  method: 'taobao.fuwu.scores.get',
  responseRoot: 'fuwu_scores_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务平台评价查询接口 — calls TOP method `taobao.fuwu.scores.get`.
 *
 * 根据日期、查询appkey对应服务评价，每次调用只能查询某一天服务评价信息，可设置分页查询，页大小最大为100，非实时接口，延迟时间为30分钟
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFuwuScoresGet(
  client: TopClient,
  request: TaobaoFuwuScoresGetRequest,
  options?: CallOptions,
): Promise<TaobaoFuwuScoresGetResponse> {
  return client.call<TaobaoFuwuScoresGetResponse>(
    {
      method: 'taobao.fuwu.scores.get',
      responseRoot: 'fuwu_scores_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
