// Generated from specs/tvupadmin/yunos.tvpubadmin.device.yks.skill.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.yks.skill.add` (添加技能). */
export interface YunosTvpubadminDeviceYksSkillAddRequest {
  /** 技能id */
  skill_id?: Int64Input;
  /** 设备id */
  bot_id?: Int64Input;
  /** 技能名称 */
  name?: string;
  /** 图片地址 */
  icon_image_url?: string;
}

/** Response of `yunos.tvpubadmin.device.yks.skill.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceYksSkillAddResponse {
  /** result */
  result?: YunosTvpubadminDeviceYksSkillAddBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `yunos.tvpubadmin.device.yks.skill.add`. */
export interface YunosTvpubadminDeviceYksSkillAddBaseResult {
  /** 返回码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** 返回数据 */
  ret_value?: string;
}

const REQUEST_SCHEMA = {
  skill_id: 'Number',
  bot_id: 'Number',
  name: 'String',
  icon_image_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_value: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.yks.skill.add`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceYksSkillAddOperation = {
  method: 'yunos.tvpubadmin.device.yks.skill.add',
  responseRoot: 'yunos_tvpubadmin_device_yks_skill_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加技能 — calls TOP method `yunos.tvpubadmin.device.yks.skill.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceYksSkillAdd(
  client: TopClient,
  request: YunosTvpubadminDeviceYksSkillAddRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceYksSkillAddResponse> {
  return client.call<YunosTvpubadminDeviceYksSkillAddResponse>(
    {
      method: 'yunos.tvpubadmin.device.yks.skill.add',
      responseRoot: 'yunos_tvpubadmin_device_yks_skill_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
