// Generated from specs/miniappopen/taobao.miniapp.template.updateapp.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.template.updateapp` (更新实例化应用). */
export interface TaobaoMiniappTemplateUpdateappRequest {
  /**
   * 要更新的投放端,目前可投放： taobao(淘宝),tmall(天猫)
   *
   * Max list size: 20
   */
  clients: string[];
  /** 应用id，如果应用在对应端上已有的最新版本所使用的模板id,模板version和extjson，与本次入参一致，则认为不需要更新，返回已有的版本。 */
  app_id: string;
  /** 扩展信息。线上版本使用的template_id与传入的template_id一致时，可不填。 */
  ext_json?: string;
  /** 模板id */
  template_id: string;
  /** 模板版本 */
  template_version: string;
  /** Logo更新，1月5次 */
  icon?: string;
  /** 描述更新，1年5次 */
  desc?: string;
  /** 简称更新，1年5次 */
  alias?: string;
}

/** Response of `taobao.miniapp.template.updateapp`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappTemplateUpdateappResponse {
  /** 小程序描述 */
  app_description?: string;
  /** 小程序icon */
  app_icon?: string;
  /** 小程序名称 */
  app_name?: string;
  /** top appkey */
  appkey?: string;
  /** 小程序app_id */
  app_id?: string;
  /** 当前新生成的预览版本号 */
  app_version?: string;
  /** 当前新生成的预览版本的链接，仅当前商家有权限预览。 */
  pre_view_url?: string;
  /** 小程序简称 */
  app_alias?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  clients: ['String'],
  app_id: 'String',
  ext_json: 'String',
  template_id: 'String',
  template_version: 'String',
  icon: 'String',
  desc: 'String',
  alias: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  app_description: 'String',
  app_icon: 'String',
  app_name: 'String',
  appkey: 'String',
  app_id: 'String',
  app_version: 'String',
  pre_view_url: 'String',
  app_alias: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.template.updateapp`: method, response root, request and response schemas. */
export const taobaoMiniappTemplateUpdateappOperation = {
  method: 'taobao.miniapp.template.updateapp',
  responseRoot: 'miniapp_template_updateapp_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新实例化应用 — calls TOP method `taobao.miniapp.template.updateapp`.
 *
 * 商家应用c端模板实例化小程序更新，生成新的版本，但不会自动上线新版本
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappTemplateUpdateapp(
  client: TopClient,
  request: TaobaoMiniappTemplateUpdateappRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappTemplateUpdateappResponse> {
  return client.call<TaobaoMiniappTemplateUpdateappResponse>(
    {
      method: 'taobao.miniapp.template.updateapp',
      responseRoot: 'miniapp_template_updateapp_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
