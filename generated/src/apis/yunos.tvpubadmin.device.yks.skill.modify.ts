// Generated from specs/tvupadmin/yunos.tvpubadmin.device.yks.skill.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.yks.skill.modify` (修改技能). */
export interface YunosTvpubadminDeviceYksSkillModifyRequest {
  /** 技能id */
  skill_id?: Int64Input;
  /** 图片地址 */
  icon_image_url?: string;
  /** 技能名称 */
  name?: string;
}

/** Response of `yunos.tvpubadmin.device.yks.skill.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceYksSkillModifyResponse {
  /** result */
  result?: YunosTvpubadminDeviceYksSkillModifyBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `yunos.tvpubadmin.device.yks.skill.modify`. */
export interface YunosTvpubadminDeviceYksSkillModifyBaseResult {
  /** 返回码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** 返回内容 */
  ret_value?: string;
}

const REQUEST_SCHEMA = {
  skill_id: 'Number',
  icon_image_url: 'String',
  name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_value: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.yks.skill.modify`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceYksSkillModifyOperation = {
  method: 'yunos.tvpubadmin.device.yks.skill.modify',
  responseRoot: 'yunos_tvpubadmin_device_yks_skill_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改技能 — calls TOP method `yunos.tvpubadmin.device.yks.skill.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceYksSkillModify(
  client: TopClient,
  request: YunosTvpubadminDeviceYksSkillModifyRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceYksSkillModifyResponse> {
  return client.call<YunosTvpubadminDeviceYksSkillModifyResponse>(
    {
      method: 'yunos.tvpubadmin.device.yks.skill.modify',
      responseRoot: 'yunos_tvpubadmin_device_yks_skill_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
