// Generated from specs/cloudgame/alibaba.cgame.mp.mpproject.loginexistaccount.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cgame.mp.mpproject.loginexistaccount` (登录存在账号). */
export interface AlibabaCgameMpMpprojectLoginexistaccountRequest {
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
  /** user的类型 */
  account_type: Int64Input;
  /** user的外部唯一Id */
  customer_account_id: string;
}

/** Response of `alibaba.cgame.mp.mpproject.loginexistaccount`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCgameMpMpprojectLoginexistaccountResponse {
  /** result */
  result?: AlibabaCgameMpMpprojectLoginexistaccountResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.cgame.mp.mpproject.loginexistaccount`. */
export interface AlibabaCgameMpMpprojectLoginexistaccountResult {
  /** 0 */
  code?: string;
  /** sucess */
  message?: string;
  /** login session */
  data?: AlibabaCgameMpMpprojectLoginexistaccountLoginSessionDTO;
}

/** `LoginSessionDTO` of `alibaba.cgame.mp.mpproject.loginexistaccount`. */
export interface AlibabaCgameMpMpprojectLoginexistaccountLoginSessionDTO {
  /** user在mp上的accountid */
  mp_account_id?: Int64;
  /** user的acesstoken */
  access_token?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  user_id: 'String',
  user_token: 'String',
  user_access_token: 'String',
  instance_id: 'String',
  game_id: 'String',
  game_project_key: 'String',
  account_type: 'Number',
  customer_account_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
    data: {
      mp_account_id: 'Number',
      access_token: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cgame.mp.mpproject.loginexistaccount`: method, response root, request and response schemas. */
export const alibabaCgameMpMpprojectLoginexistaccountOperation = {
  method: 'alibaba.cgame.mp.mpproject.loginexistaccount',
  responseRoot: 'alibaba_cgame_mp_mpproject_loginexistaccount_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 登录存在账号 — calls TOP method `alibaba.cgame.mp.mpproject.loginexistaccount`.
 *
 * 发送消息给游戏
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCgameMpMpprojectLoginexistaccount(
  client: TopClient,
  request: AlibabaCgameMpMpprojectLoginexistaccountRequest,
  options?: CallOptions,
): Promise<AlibabaCgameMpMpprojectLoginexistaccountResponse> {
  return client.call<AlibabaCgameMpMpprojectLoginexistaccountResponse>(
    {
      method: 'alibaba.cgame.mp.mpproject.loginexistaccount',
      responseRoot: 'alibaba_cgame_mp_mpproject_loginexistaccount_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
