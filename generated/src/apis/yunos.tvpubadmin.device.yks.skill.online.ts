// Generated from specs/tvupadmin/yunos.tvpubadmin.device.yks.skill.online.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.yks.skill.online` (迎客松技能上架接口). */
export interface YunosTvpubadminDeviceYksSkillOnlineRequest {
  /** bot与技能关系表id */
  bot_skill_rel_id: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.yks.skill.online`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceYksSkillOnlineResponse {
  /** result */
  result?: YunosTvpubadminDeviceYksSkillOnlineBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `yunos.tvpubadmin.device.yks.skill.online`. */
export interface YunosTvpubadminDeviceYksSkillOnlineBaseResult {
  /** 返回码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** 返回数据 */
  ret_value?: string;
}

const REQUEST_SCHEMA = {
  bot_skill_rel_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_value: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.yks.skill.online`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceYksSkillOnlineOperation = {
  method: 'yunos.tvpubadmin.device.yks.skill.online',
  responseRoot: 'yunos_tvpubadmin_device_yks_skill_online_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 迎客松技能上架接口 — calls TOP method `yunos.tvpubadmin.device.yks.skill.online`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceYksSkillOnline(
  client: TopClient,
  request: YunosTvpubadminDeviceYksSkillOnlineRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceYksSkillOnlineResponse> {
  return client.call<YunosTvpubadminDeviceYksSkillOnlineResponse>(
    {
      method: 'yunos.tvpubadmin.device.yks.skill.online',
      responseRoot: 'yunos_tvpubadmin_device_yks_skill_online_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
