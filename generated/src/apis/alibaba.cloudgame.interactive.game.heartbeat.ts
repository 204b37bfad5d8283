// Generated from specs/cloudgame/alibaba.cloudgame.interactive.game.heartbeat.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cloudgame.interactive.game.heartbeat` (游戏玩家心跳). */
export interface AlibabaCloudgameInteractiveGameHeartbeatRequest {
  /** 请求入参 */
  start_game_request?: AlibabaCloudgameInteractiveGameHeartbeatHeartBeatRequestInput;
}

/** Response of `alibaba.cloudgame.interactive.game.heartbeat`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCloudgameInteractiveGameHeartbeatResponse {
  /** 返回结果 */
  result?: AlibabaCloudgameInteractiveGameHeartbeatResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HeartBeatRequest` of `alibaba.cloudgame.interactive.game.heartbeat`. */
export interface AlibabaCloudgameInteractiveGameHeartbeatHeartBeatRequestInput {
  /** 游戏id */
  mix_game_id?: string;
  /** 主播用户id */
  user_id?: string;
  /** 房间id */
  room_id?: Int64Input;
  /** 心跳序列 */
  seq: Int64Input;
  /** 心跳间隔(s) */
  interval: Int64Input;
  /** 验签token */
  token: string;
}

/** `Result` of `alibaba.cloudgame.interactive.game.heartbeat`. */
export interface AlibabaCloudgameInteractiveGameHeartbeatResult {
  /** 返回状态码 */
  code?: string;
  /** 返回结果 */
  data?: AlibabaCloudgameInteractiveGameHeartbeatHeartBeatResponse;
  /** 返回描述 */
  message?: string;
}

/** `HeartBeatResponse` of `alibaba.cloudgame.interactive.game.heartbeat`. */
export interface AlibabaCloudgameInteractiveGameHeartbeatHeartBeatResponse {
  /** 用户id */
  user_id?: string;
  /** 房间id */
  room_id?: Int64;
  /** 扩展字段 */
  ext_info?: string;
  /** 上报时间戳 */
  report_time?: Int64;
  /** 上报序列 */
  seq?: Int64;
}

const REQUEST_SCHEMA = {
  start_game_request: {
    mix_game_id: 'String',
    user_id: 'String',
    room_id: 'Number',
    seq: 'Number',
    interval: 'Number',
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      user_id: 'String',
      room_id: 'Number',
      ext_info: 'String',
      report_time: 'Number',
      seq: 'Number',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cloudgame.interactive.game.heartbeat`: method, response root, request and response schemas. */
export const alibabaCloudgameInteractiveGameHeartbeatOperation = {
  method: 'alibaba.cloudgame.interactive.game.heartbeat',
  responseRoot: 'alibaba_cloudgame_interactive_game_heartbeat_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 游戏玩家心跳 — calls TOP method `alibaba.cloudgame.interactive.game.heartbeat`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCloudgameInteractiveGameHeartbeat(
  client: TopClient,
  request: AlibabaCloudgameInteractiveGameHeartbeatRequest = {},
  options?: CallOptions,
): Promise<AlibabaCloudgameInteractiveGameHeartbeatResponse> {
  return client.call<AlibabaCloudgameInteractiveGameHeartbeatResponse>(
    {
      method: 'alibaba.cloudgame.interactive.game.heartbeat',
      responseRoot: 'alibaba_cloudgame_interactive_game_heartbeat_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
