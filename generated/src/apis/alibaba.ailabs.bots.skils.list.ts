// Generated from specs/tmallgenie/alibaba.ailabs.bots.skils.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.bots.skils.list` (对外设备获取技能列表). */
export interface AlibabaAilabsBotsSkilsListRequest {
  /** 当前页 */
  page_index?: Int64Input;
  /** 分页单位 */
  page_size?: Int64Input;
}

/** Response of `alibaba.ailabs.bots.skils.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsBotsSkilsListResponse {
  /** { "skillId": 209, "invocationName": "中文先生", "name": "测试34", "serviceProviders": [ { "icon": "//arplatform.alicdn.com/images/3/1498910818259.png", "name": "provider1", } ], "botId": 10, "iconImgUrl": "//arplatform.alicdn.com/images/244/1501764397807.png", "longDesc": "中文先生是学中文的好帮手。查中文、查成语、听故事样样行。" } */
  result?: AlibabaAilabsBotsSkilsListBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `alibaba.ailabs.bots.skils.list`. */
export interface AlibabaAilabsBotsSkilsListBaseResult {
  /** 返回码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** [ { "skillId": 123, "invocationName": "来个鸟叫", "name": "t2", "serviceProviders": null, "botId": 10, "class": "com.alibaba.ai.platform.biz.domain.BotSkillsRelInfo", "iconImgUrl": "//arplatform.alicdn.com/images/90/1499945738188.png", "longDesc": "2劳动节粉丝撒 uv 那 v 那女 i 啊恶女怕任何 v 去 u 却认为起恢复健康IE肌肤 i 啊viu 话题 uv青海湖去任何欺骗 v额往日 u 问啊好热v 好" } ] */
  ret_values?: AlibabaAilabsBotsSkilsListBotSkillsRelInfo2;
}

/** `BotSkillsRelInfo` of `alibaba.ailabs.bots.skils.list`. */
export interface AlibabaAilabsBotsSkilsListBotSkillsRelInfo2 {
  /** 结果集 */
  results?: AlibabaAilabsBotsSkilsListBotSkillsRelInfo[];
  /** 总页数 */
  page_count?: Int64;
  /** 分页单位 */
  page_size?: Int64;
  /** 总数 */
  total_count?: Int64;
  /** 当前页 */
  current_page?: Int64;
}

/** `BotSkillsRelInfo` of `alibaba.ailabs.bots.skils.list`. */
export interface AlibabaAilabsBotsSkilsListBotSkillsRelInfo {
  /** 典型语句 */
  samples?: string;
  /** 长描述 */
  long_desc?: string;
  /** 技能图片地址 */
  icon_img_url?: string;
  /** 类别 */
  category?: string;
  /** 提供商集合 */
  service_providers?: AlibabaAilabsBotsSkilsListServiceProvider[];
  /** 应用id */
  bot_id?: Int64;
  /** 技能名称 */
  name?: string;
  /** 唤醒词 */
  invocation_name?: string;
  /** 技能Id */
  skill_id?: Int64;
}

/** `ServiceProvider` of `alibaba.ailabs.bots.skils.list`. */
export interface AlibabaAilabsBotsSkilsListServiceProvider {
  /** 提供商 */
  name?: string;
  /** 图片地址 */
  icon?: string;
}

const REQUEST_SCHEMA = {
  page_index: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_values: {
      results: [
        {
          samples: 'String',
          long_desc: 'String',
          icon_img_url: 'String',
          category: 'String',
          service_providers: [
            {
              name: 'String',
              icon: 'String',
            },
          ],
          bot_id: 'Number',
          name: 'String',
          invocation_name: 'String',
          skill_id: 'Number',
        },
      ],
      page_count: 'Number',
      page_size: 'Number',
      total_count: 'Number',
      current_page: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.bots.skils.list`: method, response root, request and response schemas. */
export const alibabaAilabsBotsSkilsListOperation = {
  method: 'alibaba.ailabs.bots.skils.list',
  responseRoot: 'alibaba_ailabs_bots_skils_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对外设备获取技能列表 — calls TOP method `alibaba.ailabs.bots.skils.list`.
 *
 * 获取ai开放平台技能列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsBotsSkilsList(
  client: TopClient,
  request: AlibabaAilabsBotsSkilsListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabsBotsSkilsListResponse> {
  return client.call<AlibabaAilabsBotsSkilsListResponse>(
    {
      method: 'alibaba.ailabs.bots.skils.list',
      responseRoot: 'alibaba_ailabs_bots_skils_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
