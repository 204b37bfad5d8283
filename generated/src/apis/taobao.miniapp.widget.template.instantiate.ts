// Generated from specs/miniappopen/taobao.miniapp.widget.template.instantiate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.widget.template.instantiate` (小部件实例化接口). */
export interface TaobaoMiniappWidgetTemplateInstantiateRequest {
  /** 实例化数据 */
  param_mini_app_instantiate_template_app_simple_request?: TaobaoMiniappWidgetTemplateInstantiateMiniAppInstantiateTemplateAppSimpleRequestInput;
}

/** Response of `taobao.miniapp.widget.template.instantiate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappWidgetTemplateInstantiateResponse {
  /** 返回结果 */
  result?: TaobaoMiniappWidgetTemplateInstantiateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniAppInstantiateTemplateAppSimpleRequest` of `taobao.miniapp.widget.template.instantiate`. */
export interface TaobaoMiniappWidgetTemplateInstantiateMiniAppInstantiateTemplateAppSimpleRequestInput {
  /** 描述 */
  description?: string;
  /** 小部件模版id */
  template_id?: string;
  /** 小部件模版版本 */
  template_version?: string;
}

/** `Result` of `taobao.miniapp.widget.template.instantiate`. */
export interface TaobaoMiniappWidgetTemplateInstantiateResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 返回实体信息 */
  model?: TaobaoMiniappWidgetTemplateInstantiateMiniAppEntityTemplateDTO;
  /** 是否成功 */
  success?: boolean;
}

/** `MiniAppEntityTemplateDTO` of `taobao.miniapp.widget.template.instantiate`. */
export interface TaobaoMiniappWidgetTemplateInstantiateMiniAppEntityTemplateDTO {
  /** 小部件别名 */
  app_alias?: string;
  /** 小部件描述 */
  app_description?: string;
  /** 小部件icon */
  app_icon?: string;
  /** 小部件名称 */
  app_name?: string;
  /** 小部件appkey */
  appkey?: string;
  /** 小部件id */
  id?: string;
  /** 小部件版本 */
  new_version?: string;
  /** onlineCode */
  online_code?: string;
  /** 小部件上线版本 */
  online_version?: string;
  /** 预览url */
  pre_view_url?: string;
}

const REQUEST_SCHEMA = {
  param_mini_app_instantiate_template_app_simple_request: {
    description: 'String',
    template_id: 'String',
    template_version: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_code: 'String',
    err_message: 'String',
    model: {
      app_alias: 'String',
      app_description: 'String',
      app_icon: 'String',
      app_name: 'String',
      appkey: 'String',
      id: 'String',
      new_version: 'String',
      online_code: 'String',
      online_version: 'String',
      pre_view_url: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.widget.template.instantiate`: method, response root, request and response schemas. */
export const taobaoMiniappWidgetTemplateInstantiateOperation = {
  method: 'taobao.miniapp.widget.template.instantiate',
  responseRoot: 'miniapp_widget_template_instantiate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小部件实例化接口 — calls TOP method `taobao.miniapp.widget.template.instantiate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappWidgetTemplateInstantiate(
  client: TopClient,
  request: TaobaoMiniappWidgetTemplateInstantiateRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappWidgetTemplateInstantiateResponse> {
  return client.call<TaobaoMiniappWidgetTemplateInstantiateResponse>(
    {
      method: 'taobao.miniapp.widget.template.instantiate',
      responseRoot: 'miniapp_widget_template_instantiate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
