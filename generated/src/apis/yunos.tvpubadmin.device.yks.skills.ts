// Generated from specs/tvupadmin/yunos.tvpubadmin.device.yks.skills.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.yks.skills` (根据设备id获取技能列表). */
export interface YunosTvpubadminDeviceYksSkillsRequest {
  /** 技能id */
  skill_id?: Int64Input;
  /** 设备id */
  bot_id?: Int64Input;
  /** 1234 */
  delet_token?: Int64Input;
  /** 当前页 */
  page_index?: Int64Input;
  /** 分页单位 */
  page_size?: Int64Input;
}

/** Response of `yunos.tvpubadmin.device.yks.skills`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceYksSkillsResponse {
  /** result */
  result?: YunosTvpubadminDeviceYksSkillsBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `yunos.tvpubadmin.device.yks.skills`. */
export interface YunosTvpubadminDeviceYksSkillsBaseResult {
  /** 错误吗 */
  ret_code?: Int64;
  /** 错误信息 */
  ret_msg?: string;
  /** 技能信息 */
  ret_value?: YunosTvpubadminDeviceYksSkillsPageResult;
}

/** `PageResult` of `yunos.tvpubadmin.device.yks.skills`. */
export interface YunosTvpubadminDeviceYksSkillsPageResult {
  /** 技能列表 */
  results?: YunosTvpubadminDeviceYksSkillsSkillSimpleView[];
  /** 总页数 */
  page_count?: Int64;
  /** 分页单位 */
  page_size?: Int64;
  /** 总数 */
  total_count?: Int64;
  /** 当前页 */
  current_page?: Int64;
}

/** `SkillSimpleView` of `yunos.tvpubadmin.device.yks.skills`. */
export interface YunosTvpubadminDeviceYksSkillsSkillSimpleView {
  /** 是否在线 */
  is_online?: Int64;
  /** 技能名称 */
  name?: string;
  /** bot技能关系表id */
  bot_skill_id?: Int64;
  /** 图片地址 */
  image?: string;
  /** 技能id */
  skill_id?: Int64;
  /** 上下架 */
  delete_token?: Int64;
}

const REQUEST_SCHEMA = {
  skill_id: 'Number',
  bot_id: 'Number',
  delet_token: 'Number',
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_value: {
      results: [
        {
          is_online: 'Number',
          name: 'String',
          bot_skill_id: 'Number',
          image: 'String',
          skill_id: 'Number',
          delete_token: 'Number',
        },
      ],
      page_count: 'Number',
      page_size: 'Number',
      total_count: 'Number',
      current_page: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.yks.skills`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceYksSkillsOperation = {
  method: 'yunos.tvpubadmin.device.yks.skills',
  responseRoot: 'yunos_tvpubadmin_device_yks_skills_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据设备id获取技能列表 — calls TOP method `yunos.tvpubadmin.device.yks.skills`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceYksSkills(
  client: TopClient,
  request: YunosTvpubadminDeviceYksSkillsRequest = {},
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceYksSkillsResponse> {
  return client.call<YunosTvpubadminDeviceYksSkillsResponse>(
    {
      method: 'yunos.tvpubadmin.device.yks.skills',
      responseRoot: 'yunos_tvpubadmin_device_yks_skills_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
