// Generated from specs/cloudgame/alibaba.cloudgame.interactive.game.player.stop.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cloudgame.interactive.game.player.stop` (用户停止游戏). */
export interface AlibabaCloudgameInteractiveGamePlayerStopRequest {
  /** 请求入参 */
  stop_user_game_request?: AlibabaCloudgameInteractiveGamePlayerStopStopUserGameRequestInput;
}

/** Response of `alibaba.cloudgame.interactive.game.player.stop`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCloudgameInteractiveGamePlayerStopResponse {
  /** 返回结果 */
  result?: AlibabaCloudgameInteractiveGamePlayerStopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StopUserGameRequest` of `alibaba.cloudgame.interactive.game.player.stop`. */
export interface AlibabaCloudgameInteractiveGamePlayerStopStopUserGameRequestInput {
  /** 游戏id */
  mix_game_id?: string;
  /** 房间id */
  room_id: Int64Input;
  /** 用户id */
  user_id: string;
  /** 验签token */
  token: string;
}

/** `Result` of `alibaba.cloudgame.interactive.game.player.stop`. */
export interface AlibabaCloudgameInteractiveGamePlayerStopResult {
  /** 返回状态码 */
  code?: string;
  /** 返回结果 */
  data?: AlibabaCloudgameInteractiveGamePlayerStopStopUserGameResponse;
  /** 返回描述 */
  message?: string;
}

/** `StopUserGameResponse` of `alibaba.cloudgame.interactive.game.player.stop`. */
export interface AlibabaCloudgameInteractiveGamePlayerStopStopUserGameResponse {
  /** 游戏详情 */
  game?: AlibabaCloudgameInteractiveGamePlayerStopOpenGameDTO;
  /** 房间id */
  room_id?: Int64;
  /** 玩家列表 */
  player_list?: AlibabaCloudgameInteractiveGamePlayerStopOpenGamePlayerDTO[];
  /** 扩展字段 */
  ext_info?: string;
}

/** `OpenGameDTO` of `alibaba.cloudgame.interactive.game.player.stop`. */
export interface AlibabaCloudgameInteractiveGamePlayerStopOpenGameDTO {
  /** 游戏id */
  mix_game_id?: string;
  /** 游戏名称 */
  name?: string;
  /** 主播id */
  creator?: string;
  /** 支持玩家数量 */
  total_player_num?: Int64;
  /** 当前玩家数量 */
  player_num?: Int64;
}

/** `OpenGamePlayerDTO` of `alibaba.cloudgame.interactive.game.player.stop`. */
export interface AlibabaCloudgameInteractiveGamePlayerStopOpenGamePlayerDTO {
  /** 玩家id */
  user_id?: string;
  /** 位置索引 */
  player_index?: string;
}

const REQUEST_SCHEMA = {
  stop_user_game_request: {
    mix_game_id: 'String',
    room_id: 'Number',
    user_id: 'String',
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      game: {
        mix_game_id: 'String',
        name: 'String',
        creator: 'String',
        total_player_num: 'Number',
        player_num: 'Number',
      },
      room_id: 'Number',
      player_list: [
        {
          user_id: 'String',
          player_index: 'String',
        },
      ],
      ext_info: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cloudgame.interactive.game.player.stop`: method, response root, request and response schemas. */
export const alibabaCloudgameInteractiveGamePlayerStopOperation = {
  method: 'alibaba.cloudgame.interactive.game.player.stop',
  responseRoot: 'alibaba_cloudgame_interactive_game_player_stop_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户停止游戏 — calls TOP method `alibaba.cloudgame.interactive.game.player.stop`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCloudgameInteractiveGamePlayerStop(
  client: TopClient,
  request: AlibabaCloudgameInteractiveGamePlayerStopRequest = {},
  options?: CallOptions,
): Promise<AlibabaCloudgameInteractiveGamePlayerStopResponse> {
  return client.call<AlibabaCloudgameInteractiveGamePlayerStopResponse>(
    {
      method: 'alibaba.cloudgame.interactive.game.player.stop',
      responseRoot: 'alibaba_cloudgame_interactive_game_player_stop_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
