// Generated from specs/miniappopen/taobao.miniapp.widget.template.instance.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.widget.template.instance.update` (小部件实例化版本更新). */
export interface TaobaoMiniappWidgetTemplateInstanceUpdateRequest {
  /** 参数信息 */
  param_mini_app_instantiate_template_app_update_request?: TaobaoMiniappWidgetTemplateInstanceUpdateMiniAppInstantiateTemplateAppUpdateRequestInput;
}

/** Response of `taobao.miniapp.widget.template.instance.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappWidgetTemplateInstanceUpdateResponse {
  /** 返回信息 */
  result?: TaobaoMiniappWidgetTemplateInstanceUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniAppInstantiateTemplateAppUpdateRequest` of `taobao.miniapp.widget.template.instance.update`. */
export interface TaobaoMiniappWidgetTemplateInstanceUpdateMiniAppInstantiateTemplateAppUpdateRequestInput {
  /** 小部件实例id */
  entity_id?: string;
  /** 小部件模版id */
  template_id?: string;
  /** 小部件模版版本 */
  template_version?: string;
}

/** `Result` of `taobao.miniapp.widget.template.instance.update`. */
export interface TaobaoMiniappWidgetTemplateInstanceUpdateResult {
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 实体信息 */
  model?: TaobaoMiniappWidgetTemplateInstanceUpdateMiniAppEntityTemplateDTO;
  /** 返回结果 */
  success?: string;
}

/** `MiniAppEntityTemplateDTO` of `taobao.miniapp.widget.template.instance.update`. */
export interface TaobaoMiniappWidgetTemplateInstanceUpdateMiniAppEntityTemplateDTO {
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
  /** 小部件实例化id */
  id?: string;
  /** 小部件版本id */
  online_version?: string;
  /** 预览码 */
  pre_view_url?: string;
}

const REQUEST_SCHEMA = {
  param_mini_app_instantiate_template_app_update_request: {
    entity_id: 'String',
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
      online_version: 'String',
      pre_view_url: 'String',
    },
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.widget.template.instance.update`: method, response root, request and response schemas. */
export const taobaoMiniappWidgetTemplateInstanceUpdateOperation = {
  method: 'taobao.miniapp.widget.template.instance.update',
  responseRoot: 'miniapp_widget_template_instance_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小部件实例化版本更新 — calls TOP method `taobao.miniapp.widget.template.instance.update`.
 *
 * 小部件版本更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappWidgetTemplateInstanceUpdate(
  client: TopClient,
  request: TaobaoMiniappWidgetTemplateInstanceUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoMiniappWidgetTemplateInstanceUpdateResponse> {
  return client.call<TaobaoMiniappWidgetTemplateInstanceUpdateResponse>(
    {
      method: 'taobao.miniapp.widget.template.instance.update',
      responseRoot: 'miniapp_widget_template_instance_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
