// Generated from specs/tmallgenie/taobao.ailab.aicloud.top.skils.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ailab.aicloud.top.skils.list` (获取硬件平台设备下挂载的技能列表). */
export interface TaobaoAilabAicloudTopSkilsListRequest {
  /** 账户体系隔离 */
  schema: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** query(模糊匹配skillName) */
  query?: string;
  /** type(1000代表内容技能，3000代表自定义技能，4000代表官方技能) */
  type?: string;
  /** pageNo */
  page_no: Int64Input;
  /** pageSize */
  page_size: Int64Input;
}

/** Response of `taobao.ailab.aicloud.top.skils.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAilabAicloudTopSkilsListResponse {
  /** result */
  result?: TaobaoAilabAicloudTopSkilsListBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseResult` of `taobao.ailab.aicloud.top.skils.list`. */
export interface TaobaoAilabAicloudTopSkilsListBaseResult {
  /** 返回码 */
  ret_code?: Int64;
  /** 返回信息 */
  ret_msg?: string;
  /** retValue */
  ret_value?: TaobaoAilabAicloudTopSkilsListPageResult;
}

/** `PageResult` of `taobao.ailab.aicloud.top.skils.list`. */
export interface TaobaoAilabAicloudTopSkilsListPageResult {
  /** 当前页 */
  current_page?: Int64;
  /** 分页数量 */
  page_size?: Int64;
  /** 总页数 */
  page_count?: Int64;
  /** 总数 */
  total_count?: Int64;
  /** 结果集 */
  result_list?: TaobaoAilabAicloudTopSkilsListBotSkillsRelInfo[];
}

/** `BotSkillsRelInfo` of `taobao.ailab.aicloud.top.skils.list`. */
export interface TaobaoAilabAicloudTopSkilsListBotSkillsRelInfo {
  /** 技能Id */
  skill_id?: Int64;
  /** 唤醒词 */
  invocation_name?: string;
  /** 技能名称 */
  name?: string;
  /** 提供商集合 */
  service_providers?: TaobaoAilabAicloudTopSkilsListServiceProvider[];
  /** 类别 */
  category?: string;
  /** 技能图片地址 */
  icoin_image_url?: string;
  /** 技能描述信息 */
  desc?: string;
  /** 典型例句(多个，以\t分隔) */
  sample?: string;
}

/** `ServiceProvider` of `taobao.ailab.aicloud.top.skils.list`. */
export interface TaobaoAilabAicloudTopSkilsListServiceProvider {
  /** 图片地址 */
  icon?: string;
  /** 提供商名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  query: 'String',
  type: 'String',
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    ret_code: 'Number',
    ret_msg: 'String',
    ret_value: {
      current_page: 'Number',
      page_size: 'Number',
      page_count: 'Number',
      total_count: 'Number',
      result_list: [
        {
          skill_id: 'Number',
          invocation_name: 'String',
          name: 'String',
          service_providers: [
            {
              icon: 'String',
              name: 'String',
            },
          ],
          category: 'String',
          icoin_image_url: 'String',
          desc: 'String',
          sample: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ailab.aicloud.top.skils.list`: method, response root, request and response schemas. */
export const taobaoAilabAicloudTopSkilsListOperation = {
  method: 'taobao.ailab.aicloud.top.skils.list',
  responseRoot: 'ailab_aicloud_top_skils_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取硬件平台设备下挂载的技能列表 — calls TOP method `taobao.ailab.aicloud.top.skils.list`.
 *
 * 提供给在硬件平台接入设备的技能列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAilabAicloudTopSkilsList(
  client: TopClient,
  request: TaobaoAilabAicloudTopSkilsListRequest,
  options?: CallOptions,
): Promise<TaobaoAilabAicloudTopSkilsListResponse> {
  return client.call<TaobaoAilabAicloudTopSkilsListResponse>(
    {
      method: 'taobao.ailab.aicloud.top.skils.list',
      responseRoot: 'ailab_aicloud_top_skils_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
