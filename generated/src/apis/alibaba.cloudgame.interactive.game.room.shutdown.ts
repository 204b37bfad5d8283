// Generated from specs/cloudgame/alibaba.cloudgame.interactive.game.room.shutdown.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cloudgame.interactive.game.room.shutdown` (强制关闭房间). */
export interface AlibabaCloudgameInteractiveGameRoomShutdownRequest {
  /** 请求入参 */
  shutdown_room_request: AlibabaCloudgameInteractiveGameRoomShutdownShutdownRoomRequestInput;
}

/** Response of `alibaba.cloudgame.interactive.game.room.shutdown`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCloudgameInteractiveGameRoomShutdownResponse {
  /** 返回结果 */
  result?: AlibabaCloudgameInteractiveGameRoomShutdownResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShutdownRoomRequest` of `alibaba.cloudgame.interactive.game.room.shutdown`. */
export interface AlibabaCloudgameInteractiveGameRoomShutdownShutdownRoomRequestInput {
  /** 房间ID */
  room_id: Int64Input;
  /** 验签token */
  token?: string;
}

/** `Result` of `alibaba.cloudgame.interactive.game.room.shutdown`. */
export interface AlibabaCloudgameInteractiveGameRoomShutdownResult {
  /** 状态码 */
  code?: string;
  /** 强制停止房间返回结果 */
  data?: AlibabaCloudgameInteractiveGameRoomShutdownShutdownRoomResponse;
  /** 返回描述 */
  message?: string;
}

/** `ShutdownRoomResponse` of `alibaba.cloudgame.interactive.game.room.shutdown`. */
export interface AlibabaCloudgameInteractiveGameRoomShutdownShutdownRoomResponse {
  /** 游戏详情 */
  game?: AlibabaCloudgameInteractiveGameRoomShutdownOpenGameDTO;
  /** 游戏当前剩余玩家列表 */
  player_list?: AlibabaCloudgameInteractiveGameRoomShutdownOpenGamePlayerDTO[];
  /** 房间号 */
  room_id?: Int64;
  /** 扩展字段 */
  ext_info?: string;
}

/** `OpenGameDTO` of `alibaba.cloudgame.interactive.game.room.shutdown`. */
export interface AlibabaCloudgameInteractiveGameRoomShutdownOpenGameDTO {
  /** 创建者用户ID */
  creator?: string;
  /** 游戏ID */
  mix_game_id?: string;
  /** 游戏名称 */
  name?: string;
  /** 游戏总人数 */
  total_player_num?: Int64;
  /** 游戏当前人数 */
  player_num?: Int64;
}

/** `OpenGamePlayerDTO` of `alibaba.cloudgame.interactive.game.room.shutdown`. */
export interface AlibabaCloudgameInteractiveGameRoomShutdownOpenGamePlayerDTO {
  /** 玩家位置索引 */
  player_index?: Int64;
  /** 用户ID */
  user_id?: string;
}

const REQUEST_SCHEMA = {
  shutdown_room_request: {
    room_id: 'Number',
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      game: {
        creator: 'String',
        mix_game_id: 'String',
        name: 'String',
        total_player_num: 'Number',
        player_num: 'Number',
      },
      player_list: [
        {
          player_index: 'Number',
          user_id: 'String',
        },
      ],
      room_id: 'Number',
      ext_info: 'String',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cloudgame.interactive.game.room.shutdown`: method, response root, request and response schemas. */
export const alibabaCloudgameInteractiveGameRoomShutdownOperation = {
  method: 'alibaba.cloudgame.interactive.game.room.shutdown',
  responseRoot: 'alibaba_cloudgame_interactive_game_room_shutdown_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 强制关闭房间 — calls TOP method `alibaba.cloudgame.interactive.game.room.shutdown`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCloudgameInteractiveGameRoomShutdown(
  client: TopClient,
  request: AlibabaCloudgameInteractiveGameRoomShutdownRequest,
  options?: CallOptions,
): Promise<AlibabaCloudgameInteractiveGameRoomShutdownResponse> {
  return client.call<AlibabaCloudgameInteractiveGameRoomShutdownResponse>(
    {
      method: 'alibaba.cloudgame.interactive.game.room.shutdown',
      responseRoot: 'alibaba_cloudgame_interactive_game_room_shutdown_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
