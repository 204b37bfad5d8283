// Generated from specs/miniappopen/taobao.miniapp.widget.template.instance.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.widget.template.instance.query` (小部件实例化版本查询). */
export interface TaobaoMiniappWidgetTemplateInstanceQueryRequest {
  /** 入参 */
  param0?: TaobaoMiniappWidgetTemplateInstanceQueryMiniAppInstantiateAppOpenQueryInput;
}

/** Response of `taobao.miniapp.widget.template.instance.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappWidgetTemplateInstanceQueryResponse {
  /** 返回结果 */
  result?: TaobaoMiniappWidgetTemplateInstanceQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniAppInstantiateAppOpenQuery` of `taobao.miniapp.widget.template.instance.query`. */
export interface TaobaoMiniappWidgetTemplateInstanceQueryMiniAppInstantiateAppOpenQueryInput {
  /** 分页大小 */
  page_size?: Int64Input;
  /** 模版id */
  template_id?: string;
  /** 分页 */
  page_num?: Int64Input;
}

/** `Result` of `taobao.miniapp.widget.template.instance.query`. */
export interface TaobaoMiniappWidgetTemplateInstanceQueryResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 返回结果 */
  model?: TaobaoMiniappWidgetTemplateInstanceQueryMiniappInstanceAppAllVersionsDTO[];
  /** 是否成功 */
  success?: string;
}

/** `MiniappInstanceAppAllVersionsDTO` of `taobao.miniapp.widget.template.instance.query`. */
export interface TaobaoMiniappWidgetTemplateInstanceQueryMiniappInstanceAppAllVersionsDTO {
  /** 实体信息 */
  mini_app_entity_template_dto?: TaobaoMiniappWidgetTemplateInstanceQueryMiniAppEntityTemplateDTO;
  /** 版本信息 */
  app_version_list?: TaobaoMiniappWidgetTemplateInstanceQueryMiniAppInstanceVersionDTO[];
}

/** `MiniAppEntityTemplateDTO` of `taobao.miniapp.widget.template.instance.query`. */
export interface TaobaoMiniappWidgetTemplateInstanceQueryMiniAppEntityTemplateDTO {
  /** 实例id */
  id?: string;
  /** 小部件appkey */
  appkey?: string;
  /** 小部件名称 */
  app_name?: string;
}

/** `MiniAppInstanceVersionDTO` of `taobao.miniapp.widget.template.instance.query`. */
export interface TaobaoMiniappWidgetTemplateInstanceQueryMiniAppInstanceVersionDTO {
  /** 实例版本 */
  version?: string;
  /** 端 */
  client?: string;
  /** 小部件id */
  app_id?: string;
  /** 版本状态 */
  status?: string;
  /** 模版id */
  template_id?: string;
  /** 模版版本 */
  template_version?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    page_size: 'Number',
    template_id: 'String',
    page_num: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_message: 'String',
    model: [
      {
        mini_app_entity_template_dto: {
          id: 'String',
          appkey: 'String',
          app_name: 'String',
        },
        app_version_list: [
          {
            version: 'String',
            client: 'String',
            app_id: 'String',
            status: 'String',
            template_id: 'String',
            template_version: 'String',
          },
        ],
      },
    ],
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.widget.template.instance.query`: method, response root, request and response schemas. */
export const taobaoMiniappWidgetTemplateInstanceQueryOperation = {
  method: 'taobao.miniapp.widget.template.instance.query',
  responseRoot: 'miniapp_widget_template_instance_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小部件实例化版本查询 — calls TOP method `taobao.miniapp.widget.template.instance.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappWidgetTemplateInstanceQuery(
  client: TopClient,
  request: TaobaoMiniappWidgetTemplateInstanceQueryRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappWidgetTemplateInstanceQueryResponse> {
  return client.call<TaobaoMiniappWidgetTemplateInstanceQueryResponse>(
    {
      method: 'taobao.miniapp.widget.template.instance.query',
      responseRoot: 'miniapp_widget_template_instance_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
