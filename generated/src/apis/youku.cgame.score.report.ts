// Generated from specs/cloudgame/youku.cgame.score.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.cgame.score.report` (云游戏战绩上传). */
export interface YoukuCgameScoreReportRequest {
  /** 战绩上传Dto */
  score_report_dto?: YoukuCgameScoreReportScoreReportDtoInput;
}

/** Response of `youku.cgame.score.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuCgameScoreReportResponse {
  /** 结果码 */
  result_code?: string;
  /** 返回消息体 */
  data?: string | Record<string, unknown>;
  /** 返回消息 */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ScoreReportDto` of `youku.cgame.score.report`. */
export interface YoukuCgameScoreReportScoreReportDtoInput {
  /** 游戏结果 */
  score?: string;
  /** SDK传入的gameSessionId */
  game_session_id: string;
  /** 1 - 保存最佳战绩 2 - 强制更新战绩 */
  overwrite_method?: Int64Input;
  /** SDK传入的云游戏混合用户ID */
  mix_user_id: string;
  /** 全局唯一uuid, 用于幂等校验 */
  uuid?: string;
  /** 扩展信息JSON串 */
  ext_info?: string;
  /** 上报时间戳 */
  report_timestamp?: Int64Input;
}

const REQUEST_SCHEMA = {
  score_report_dto: {
    score: 'String',
    game_session_id: 'String',
    overwrite_method: 'Number',
    mix_user_id: 'String',
    uuid: 'String',
    ext_info: 'String',
    report_timestamp: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  data: 'Json',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `youku.cgame.score.report`: method, response root, request and response schemas. */
export const youkuCgameScoreReportOperation = {
  method: 'youku.cgame.score.report',
  responseRoot: 'youku_cgame_score_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云游戏战绩上传 — calls TOP method `youku.cgame.score.report`.
 *
 * 云游戏战绩上传API
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuCgameScoreReport(
  client: TopClient,
  request: YoukuCgameScoreReportRequest = {},
  options?: CallOptions,
): Promise<YoukuCgameScoreReportResponse> {
  return client.call<YoukuCgameScoreReportResponse>(
    {
      method: 'youku.cgame.score.report',
      responseRoot: 'youku_cgame_score_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
