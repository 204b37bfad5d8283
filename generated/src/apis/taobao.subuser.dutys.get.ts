// Generated from specs/subuser/taobao.subuser.dutys.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.subuser.dutys.get` (获取指定账户的所有职务信息列表). */
export interface TaobaoSubuserDutysGetRequest {
  /** 主账号用户名 */
  user_nick: string;
}

/** Response of `taobao.subuser.dutys.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSubuserDutysGetResponse {
  /** 职务信息 */
  dutys?: TaobaoSubuserDutysGetDuty[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Duty` of `taobao.subuser.dutys.get`. */
export interface TaobaoSubuserDutysGetDuty {
  /** 职务ID */
  duty_id?: Int64;
  /** 职务级别 */
  duty_level?: Int64;
  /** 职务名称 */
  duty_name?: string;
}

const REQUEST_SCHEMA = {
  user_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  dutys: [
    {
      duty_id: 'Number',
      duty_level: 'Number',
      duty_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.subuser.dutys.get`: method, response root, request and response schemas. */
export const taobaoSubuserDutysGetOperation = {
  method: 'taobao.subuser.dutys.get',
  responseRoot: 'subuser_dutys_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取指定账户的所有职务信息列表 — calls TOP method `taobao.subuser.dutys.get`.
 *
 * 通过主账号Nick获取该账户下的所有职务信息，职务信息中包括职务ID、职务名称以及职务等级（通过主账号登陆只能获取属于该主账号下的职务信息）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSubuserDutysGet(
  client: TopClient,
  request: TaobaoSubuserDutysGetRequest,
  options?: CallOptions,
): Promise<TaobaoSubuserDutysGetResponse> {
  return client.call<TaobaoSubuserDutysGetResponse>(
    {
      method: 'taobao.subuser.dutys.get',
      responseRoot: 'subuser_dutys_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
