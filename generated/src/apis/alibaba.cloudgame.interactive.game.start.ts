// Generated from specs/cloudgame/alibaba.cloudgame.interactive.game.start.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cloudgame.interactive.game.start` (云游戏场景互动开始游戏). */
export interface AlibabaCloudgameInteractiveGameStartRequest {
  /** 请求入参 */
  start_game_request?: AlibabaCloudgameInteractiveGameStartStartGameRequestInput;
}

/** Response of `alibaba.cloudgame.interactive.game.start`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCloudgameInteractiveGameStartResponse {
  /** 返回结果 */
  result?: AlibabaCloudgameInteractiveGameStartResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StartGameRequest` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartStartGameRequestInput {
  /** 游戏id */
  mix_game_id: string;
  /** 主播用户id */
  user_id: string;
  /** 房间id */
  room_id: Int64Input;
  /** 验签token */
  token: string;
}

/** `Result` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartResult {
  /** 返回状态码 */
  code?: string;
  /** 返回结果 */
  data?: AlibabaCloudgameInteractiveGameStartStartGameResponse;
  /** 返回描述 */
  message?: string;
}

/** `StartGameResponse` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartStartGameResponse {
  /** 游戏详情 */
  game?: AlibabaCloudgameInteractiveGameStartOpenGameDTO;
  /** 房间id */
  room_id?: Int64;
  /** 游戏会话id */
  game_session?: string;
  /** 联机码 */
  join_code?: string;
  /** 玩家列表 */
  player_list?: AlibabaCloudgameInteractiveGameStartOpenGamePlayerDTO[];
  /** 扩展字段 */
  ext_info?: string;
  /** 联机信息 */
  slot?: AlibabaCloudgameInteractiveGameStartGetSlotResponse;
}

/** `OpenGameDTO` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartOpenGameDTO {
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

/** `OpenGamePlayerDTO` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartOpenGamePlayerDTO {
  /** 玩家id */
  user_id?: string;
  /** 位置索引 */
  player_index?: string;
}

/** `GetSlotResponse` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartGetSlotResponse {
  /** 编码后的游戏ID */
  mix_game_id?: string;
  /** 会话ID */
  game_session?: string;
  /** 游戏token */
  game_token?: string;
  /** 游戏状态描述 */
  queue_state_desc?: string;
  /** 会话状态备注 */
  link_mark?: string;
  /** 用户id */
  mix_user_id?: string;
  /** 调度类型 */
  sched_type?: string;
  /** 联机码 */
  join_code?: string[];
  /** 会话状态 */
  queue_state?: Int64;
  /** 用户等级 */
  user_level?: Int64;
  /** vip等级 */
  vip_level?: Int64;
  /** 是否是主控 */
  host?: boolean;
  /** 是否是强制264 */
  force_h264?: boolean;
  /** 轮询时间间隔 */
  polling_interval?: Int64;
  /** 串流信息 */
  endpoints?: AlibabaCloudgameInteractiveGameStartGameEndPoint[];
  /** h5servier地址 */
  endpoint_server?: AlibabaCloudgameInteractiveGameStartEndpointServerDTO[];
}

/** `GameEndPoint` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartGameEndPoint {
  /** H5或者Native的访问点 */
  type?: string;
  /** 后端的isv类型 */
  provider?: string;
  /** websocket 域名 H5 */
  ws_server?: string;
  /** websocket 端口 H5 */
  ws_port?: string;
  /** websocket token */
  ws_token?: string;
  /** isp */
  isp?: string;
  /** region_id */
  region_id?: string;
  /** area_id */
  area_id?: Int64;
  /** h5_domain */
  h5_domain?: string;
}

/** `EndpointServerDTO` of `alibaba.cloudgame.interactive.game.start`. */
export interface AlibabaCloudgameInteractiveGameStartEndpointServerDTO {
  /** name */
  name?: string;
  /** 类型 */
  type?: string;
  /** isp */
  isp?: string;
  /** webSocketDomain */
  web_socket_domain?: string;
  /** webSocketPort */
  web_socket_port?: Int64;
  /** wsToken */
  ws_token?: string;
}

const REQUEST_SCHEMA = {
  start_game_request: {
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
      join_code: 'String',
      player_list: [
        {
          user_id: 'String',
          player_index: 'String',
        },
      ],
      ext_info: 'String',
      slot: {
        mix_game_id: 'String',
        game_session: 'String',
        game_token: 'String',
        queue_state_desc: 'String',
        link_mark: 'String',
        mix_user_id: 'String',
        sched_type: 'String',
        join_code: ['String'],
        queue_state: 'Number',
        user_level: 'Number',
        vip_level: 'Number',
        host: 'Boolean',
        force_h264: 'Boolean',
        polling_interval: 'Number',
        endpoints: [
          {
            type: 'String',
            provider: 'String',
            ws_server: 'String',
            ws_port: 'String',
            ws_token: 'String',
            isp: 'String',
            region_id: 'String',
            area_id: 'Number',
            h5_domain: 'String',
          },
        ],
        endpoint_server: [
          {
            name: 'String',
            type: 'String',
            isp: 'String',
            web_socket_domain: 'String',
            web_socket_port: 'Number',
            ws_token: 'String',
          },
        ],
      },
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cloudgame.interactive.game.start`: method, response root, request and response schemas. */
export const alibabaCloudgameInteractiveGameStartOperation = {
  method: 'alibaba.cloudgame.interactive.game.start',
  responseRoot: 'alibaba_cloudgame_interactive_game_start_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云游戏场景互动开始游戏 — calls TOP method `alibaba.cloudgame.interactive.game.start`.
 *
 * 开始游戏
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCloudgameInteractiveGameStart(
  client: TopClient,
  request: AlibabaCloudgameInteractiveGameStartRequest = {},
  options?: CallOptions,
): Promise<AlibabaCloudgameInteractiveGameStartResponse> {
  return client.call<AlibabaCloudgameInteractiveGameStartResponse>(
    {
      method: 'alibaba.cloudgame.interactive.game.start',
      responseRoot: 'alibaba_cloudgame_interactive_game_start_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
