// Generated from specs/product/taobao.item.qualification.display.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.item.qualification.display.get` (资质采集配置异步获取接口). */
export interface TaobaoItemQualificationDisplayGetRequest {
  /** 参数列表，为key和value都是string的map的转化的json格式 */
  param?: string;
  /** 商品id */
  item_id?: Int64Input;
  /** 类目id */
  category_id?: Int64Input;
}

/** Response of `taobao.item.qualification.display.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoItemQualificationDisplayGetResponse {
  /** 返回资质采集配置 */
  display_conf?: TaobaoItemQualificationDisplayGetDisplayQualifications;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DisplayQualifications` of `taobao.item.qualification.display.get`. */
export interface TaobaoItemQualificationDisplayGetDisplayQualifications {
  /** 是否成功 */
  result?: boolean;
  /** 返回消息 */
  message?: string;
  /** 填充列表 */
  model?: string;
}

const REQUEST_SCHEMA = {
  param: 'String',
  item_id: 'Number',
  category_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  display_conf: {
    result: 'Boolean',
    message: 'String',
    model: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.item.qualification.display.get`: method, response root, request and response schemas. */
export const taobaoItemQualificationDisplayGetOperation = {
  method: 'taobao.item.qualification.display.get',
  responseRoot: 'item_qualification_display_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 资质采集配置异步获取接口 — calls TOP method `taobao.item.qualification.display.get`.
 *
 * 根据类目，商品，属性等参与动态获得资质采集配置
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoItemQualificationDisplayGet(
  client: TopClient,
  request: TaobaoItemQualificationDisplayGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoItemQualificationDisplayGetResponse> {
  return client.call<TaobaoItemQualificationDisplayGetResponse>(
    {
      method: 'taobao.item.qualification.display.get',
      responseRoot: 'item_qualification_display_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
