// Generated from specs/tbitem/taobao.item.templates.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.templates.get` (获取用户宝贝详情页模板名称). */
export interface TaobaoItemTemplatesGetRequest {}

/** Response of `taobao.item.templates.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemTemplatesGetResponse {
  /** 返回宝贝模板对象。包含模板id，模板name，还有模板的类别（0表示外店，1表示内店） */
  item_template_list?: TaobaoItemTemplatesGetItemTemplate[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemTemplate` of `taobao.item.templates.get`. */
export interface TaobaoItemTemplatesGetItemTemplate {
  /** 宝贝详情模板的名称 */
  template_name?: string;
  /** 宝贝模板的id */
  template_id?: Int64;
  /** 用于区分宝贝模板属于内店和外店 */
  shop_type?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  item_template_list: [
    {
      template_name: 'String',
      template_id: 'Number',
      shop_type: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.templates.get`: method, response root, request and response schemas. */
export const taobaoItemTemplatesGetOperation = {
  method: 'taobao.item.templates.get',
  responseRoot: 'item_templates_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取用户宝贝详情页模板名称 — calls TOP method `taobao.item.templates.get`.
 *
 * 查询当前登录用户的店铺的宝贝详情页的模板名称
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemTemplatesGet(
  client: TopClient,
  request: TaobaoItemTemplatesGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoItemTemplatesGetResponse> {
  return client.call<TaobaoItemTemplatesGetResponse>(
    {
      method: 'taobao.item.templates.get',
      responseRoot: 'item_templates_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
