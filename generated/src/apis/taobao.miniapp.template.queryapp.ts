// Generated from specs/miniappopen/taobao.miniapp.template.queryapp.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.template.queryapp` (查询实例化应用版本). */
export interface TaobaoMiniappTemplateQueryappRequest {
  /** 分页大小，最大50，按照小程序Id倒序 */
  page_size: Int64Input;
  /** 模板id */
  template_id: string;
  /** 分页号,>=1 */
  page_num: Int64Input;
}

/** Response of `taobao.miniapp.template.queryapp`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappTemplateQueryappResponse {
  /** 所有版本信息 */
  all_version_infos?: TaobaoMiniappTemplateQueryappMiniappInstanceAppAllVersionsDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniappInstanceAppAllVersionsDto` of `taobao.miniapp.template.queryapp`. */
export interface TaobaoMiniappTemplateQueryappMiniappInstanceAppAllVersionsDto {
  /** 数据可能延迟，查不到隔会儿再查。 */
  app_version_list?: TaobaoMiniappTemplateQueryappMiniAppInstanceVersionDto[];
  /** 小程序信息 */
  app_info?: TaobaoMiniappTemplateQueryappMiniAppEntityTemplateDto;
}

/** `MiniAppInstanceVersionDto` of `taobao.miniapp.template.queryapp`. */
export interface TaobaoMiniappTemplateQueryappMiniAppInstanceVersionDto {
  /** 小程序版本号 */
  app_version?: string;
  /** 发布端 */
  client?: string;
  /** 小程序app_id */
  app_id?: string;
  /** 版本状态 */
  status?: string;
  /** 模板id */
  template_id?: string;
  /** 模板版本 */
  template_version?: string;
  /** 扩展信息 */
  ext_json?: string;
  /** 版本链接。上线状态为线上地址，预览状态为预览地址，下线状态为空。 */
  app_url?: string;
}

/** `MiniAppEntityTemplateDto` of `taobao.miniapp.template.queryapp`. */
export interface TaobaoMiniappTemplateQueryappMiniAppEntityTemplateDto {
  /** 小程序app_id */
  app_id?: string;
  /** 小程序icon */
  app_icon?: string;
  /** 小程序描述 */
  app_description?: string;
  /** 小程序名称 */
  app_name?: string;
  /** appkey */
  appkey?: string;
  /** 应用简称 */
  app_alias?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  template_id: 'String',
  page_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  all_version_infos: [
    {
      app_version_list: [
        {
          app_version: 'String',
          client: 'String',
          app_id: 'String',
          status: 'String',
          template_id: 'String',
          template_version: 'String',
          ext_json: 'String',
          app_url: 'String',
        },
      ],
      app_info: {
        app_id: 'String',
        app_icon: 'String',
        app_description: 'String',
        app_name: 'String',
        appkey: 'String',
        app_alias: 'String',
      },
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.template.queryapp`: method, response root, request and response schemas. */
export const taobaoMiniappTemplateQueryappOperation = {
  method: 'taobao.miniapp.template.queryapp',
  responseRoot: 'miniapp_template_queryapp_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询实例化应用版本 — calls TOP method `taobao.miniapp.template.queryapp`.
 *
 * 根据模板id和商家信息，查询实例化小程序版本查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappTemplateQueryapp(
  client: TopClient,
  request: TaobaoMiniappTemplateQueryappRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappTemplateQueryappResponse> {
  return client.call<TaobaoMiniappTemplateQueryappResponse>(
    {
      method: 'taobao.miniapp.template.queryapp',
      responseRoot: 'miniapp_template_queryapp_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
