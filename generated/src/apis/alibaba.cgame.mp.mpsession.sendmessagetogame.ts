// Generated from specs/cloudgame/alibaba.cgame.mp.mpsession.sendmessagetogame.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cgame.mp.mpsession.sendmessagetogame` (发送消息给游戏). */
export interface AlibabaCgameMpMpsessionSendmessagetogameRequest {
  /** 设备Id， 可以传空值 */
  device_id: string;
  /** 调用者的userid，若有userAccessToken,可以传空值 */
  user_id: string;
  /** 目前没有使用，可以传空值 */
  user_token: string;
  /** 登录后获取的accessToken */
  user_access_token: string;
  /** ecs上的实例id,可以传空值 */
  instance_id: string;
  /** 项目所在平台上的gameid */
  game_id: string;
  /** projectKey */
  game_project_key: string;
  /** user的mpaccountId */
  mp_account_id: Int64Input;
  /** user的类型 */
  account_type: Int64Input;
  /** user的外部唯一Id */
  customer_account_id: string;
  /** 消息体 */
  message: string;
}

/** Response of `alibaba.cgame.mp.mpsession.sendmessagetogame`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCgameMpMpsessionSendmessagetogameResponse {
  /** result */
  result?: AlibabaCgameMpMpsessionSendmessagetogameResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.cgame.mp.mpsession.sendmessagetogame`. */
export interface AlibabaCgameMpMpsessionSendmessagetogameResult {
  /** 0 */
  code?: string;
  /** sucess */
  message?: string;
  /** true */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  user_id: 'String',
  user_token: 'String',
  user_access_token: 'String',
  instance_id: 'String',
  game_id: 'String',
  game_project_key: 'String',
  mp_account_id: 'Number',
  account_type: 'Number',
  customer_account_id: 'String',
  message: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cgame.mp.mpsession.sendmessagetogame`: method, response root, request and response schemas. */
export const alibabaCgameMpMpsessionSendmessagetogameOperation = {
  method: 'alibaba.cgame.mp.mpsession.sendmessagetogame',
  responseRoot: 'alibaba_cgame_mp_mpsession_sendmessagetogame_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发送消息给游戏 — calls TOP method `alibaba.cgame.mp.mpsession.sendmessagetogame`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCgameMpMpsessionSendmessagetogame(
  client: TopClient,
  request: AlibabaCgameMpMpsessionSendmessagetogameRequest,
  options?: CallOptions,
): Promise<AlibabaCgameMpMpsessionSendmessagetogameResponse> {
  return client.call<AlibabaCgameMpMpsessionSendmessagetogameResponse>(
    {
      method: 'alibaba.cgame.mp.mpsession.sendmessagetogame',
      responseRoot: 'alibaba_cgame_mp_mpsession_sendmessagetogame_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
