// Generated from specs/cloudgame/alibaba.cloudgame.interactive.game.player.status.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cloudgame.interactive.game.player.status.get` (获取用户状态). */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetRequest {
  /** 请求入参 */
  user_game_status_get_request?: AlibabaCloudgameInteractiveGamePlayerStatusGetUserGameStatusGetRequestInput;
}

/** Response of `alibaba.cloudgame.interactive.game.player.status.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetResponse {
  /** 返回结果 */
  result?: AlibabaCloudgameInteractiveGamePlayerStatusGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserGameStatusGetRequest` of `alibaba.cloudgame.interactive.game.player.status.get`. */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetUserGameStatusGetRequestInput {
  /** 游戏id */
  mix_game_id?: string;
  /** 主播用户id */
  user_id?: string;
  /** 房间id */
  room_id?: Int64Input;
  /** 验签token */
  token: string;
}

/** `Result` of `alibaba.cloudgame.interactive.game.player.status.get`. */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetResult {
  /** 返回状态码 */
  code?: string;
  /** 返回结果 */
  data?: AlibabaCloudgameInteractiveGamePlayerStatusGetGameStatusGetResponse;
  /** 返回描述 */
  message?: string;
}

/** `GameStatusGetResponse` of `alibaba.cloudgame.interactive.game.player.status.get`. */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetGameStatusGetResponse {
  /** 游戏详情 */
  game?: AlibabaCloudgameInteractiveGamePlayerStatusGetOpenGameDTO;
  /** 房间id */
  room_id?: Int64;
  /** 游戏会话id */
  game_session?: string;
  /** 用户状态 */
  status?: string;
  /** 玩家列表 */
  player_list?: AlibabaCloudgameInteractiveGamePlayerStatusGetOpenGamePlayerDTO[];
  /** 扩展字段 */
  ext_info?: string;
  /** 状态详情数据 */
  status_data?: string;
  /** 用户id */
  user_id?: string;
}

/** `OpenGameDTO` of `alibaba.cloudgame.interactive.game.player.status.get`. */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetOpenGameDTO {
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

/** `OpenGamePlayerDTO` of `alibaba.cloudgame.interactive.game.player.status.get`. */
export interface AlibabaCloudgameInteractiveGamePlayerStatusGetOpenGamePlayerDTO {
  /** 玩家id */
  user_id?: string;
  /** 位置索引 */
  player_index?: string;
}

const REQUEST_SCHEMA = {
  user_game_status_get_request: {
    mix_game_id: 'String',
    user_id: 'String',
    room_id: 'Number',
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
      game_session: 'String',
      status: 'String',
      player_list: [
        {
          user_id: 'String',
          player_index: 'String',
        },
      ],
      ext_info: 'String',
      status_data: 'String',
      user_id: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cloudgame.interactive.game.player.status.get`: method, response root, request and response schemas. */
export const alibabaCloudgameInteractiveGamePlayerStatusGetOperation = {
  method: 'alibaba.cloudgame.interactive.game.player.status.get',
  responseRoot: 'alibaba_cloudgame_interactive_game_player_status_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户状态 — calls TOP method `alibaba.cloudgame.interactive.game.player.status.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCloudgameInteractiveGamePlayerStatusGet(
  client: TopClient,
  request: AlibabaCloudgameInteractiveGamePlayerStatusGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaCloudgameInteractiveGamePlayerStatusGetResponse> {
  return client.call<AlibabaCloudgameInteractiveGamePlayerStatusGetResponse>(
    {
      method: 'alibaba.cloudgame.interactive.game.player.status.get',
      responseRoot: 'alibaba_cloudgame_interactive_game_player_status_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
