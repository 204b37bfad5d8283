// Generated from specs/miniappopen/taobao.miniapp.template.rollback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.template.rollback` (回滚实例化应用). */
export interface TaobaoMiniappTemplateRollbackRequest {
  /**
   * 要回滚的投放端,目前可投放： taobao,tmall
   *
   * Max list size: 999
   */
  clients: string[];
  /** 小程序app_id */
  app_id: string;
  /** 回到到该app_version */
  app_version: string;
  /** 实例化小程序对应的模板id */
  template_id: string;
  /** 与app_version对应的模板版本 */
  template_version: string;
}

/** Response of `taobao.miniapp.template.rollback`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappTemplateRollbackResponse {
  /** 基本信息 */
  app_info?: TaobaoMiniappTemplateRollbackMiniAppEntityTemplateDto;
  /** 分端回滚结果 */
  online_results?: TaobaoMiniappTemplateRollbackMiniappInstanceAppOnlineDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MiniAppEntityTemplateDto` of `taobao.miniapp.template.rollback`. */
export interface TaobaoMiniappTemplateRollbackMiniAppEntityTemplateDto {
  /** 小程序app_id */
  app_id?: string;
  /** 线上正式版本的链接 */
  online_url?: string;
}

/** `MiniappInstanceAppOnlineDto` of `taobao.miniapp.template.rollback`. */
export interface TaobaoMiniappTemplateRollbackMiniappInstanceAppOnlineDto {
  /** 端信息 */
  client?: string;
  /** 错误信息 */
  fail_msg?: string;
  /** 是否成功 */
  success?: string;
}

const REQUEST_SCHEMA = {
  clients: ['String'],
  app_id: 'String',
  app_version: 'String',
  template_id: 'String',
  template_version: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  app_info: {
    app_id: 'String',
    online_url: 'String',
  },
  online_results: [
    {
      client: 'String',
      fail_msg: 'String',
      success: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.template.rollback`: method, response root, request and response schemas. */
export const taobaoMiniappTemplateRollbackOperation = {
  method: 'taobao.miniapp.template.rollback',
  responseRoot: 'miniapp_template_rollback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回滚实例化应用 — calls TOP method `taobao.miniapp.template.rollback`.
 *
 * 将实例化小程序回滚到指定版本
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappTemplateRollback(
  client: TopClient,
  request: TaobaoMiniappTemplateRollbackRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappTemplateRollbackResponse> {
  return client.call<TaobaoMiniappTemplateRollbackResponse>(
    {
      method: 'taobao.miniapp.template.rollback',
      responseRoot: 'miniapp_template_rollback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
