// Generated from specs/qt/taobao.ts.property.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ts.property.get` (淘宝服务属性查询). */
export interface TaobaoTsPropertyGetRequest {
  /**
   * 服务收费项code
   *
   * Max length: 64
   */
  service_item_code: string;
}

/** Response of `taobao.ts.property.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTsPropertyGetResponse {
  /** 服务收费项相关属性对象 */
  service_item_property?: TaobaoTsPropertyGetServiceItemProperty;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceItemProperty` of `taobao.ts.property.get`. */
export interface TaobaoTsPropertyGetServiceItemProperty {
  /** 属性列表 */
  item_property_values?: TaobaoTsPropertyGetItemPropertyValues[];
  /** 服务名称 */
  service_name?: string;
  /** 服务收费项名称 */
  service_item_name?: string;
  /** 服务收费项代码 */
  service_item_code?: string;
  /** 基础价格 */
  basic_price?: string;
  /** 服务商的nick */
  nick?: string;
  /** 质检服务简介 */
  description?: string;
}

/** `ItemPropertyValues` of `taobao.ts.property.get`. */
export interface TaobaoTsPropertyGetItemPropertyValues {
  /** 服务属性id */
  property_id?: Int64;
  /** 属性名称 */
  property_name?: string;
  /** 属性值列表. */
  property_values?: string[];
}

const REQUEST_SCHEMA = {
  service_item_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_item_property: {
    item_property_values: [
      {
        property_id: 'Number',
        property_name: 'String',
        property_values: ['String'],
      },
    ],
    service_name: 'String',
    service_item_name: 'String',
    service_item_code: 'String',
    basic_price: 'String',
    nick: 'String',
    description: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.ts.property.get`: method, response root, request and response schemas. */
export const taobaoTsPropertyGetOperation = {
  method: 'taobao.ts.property.get',
  responseRoot: 'ts_property_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝服务属性查询 — calls TOP method `taobao.ts.property.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTsPropertyGet(
  client: TopClient,
  request: TaobaoTsPropertyGetRequest,
  options?: CallOptions,
): Promise<TaobaoTsPropertyGetResponse> {
  return client.call<TaobaoTsPropertyGetResponse>(
    {
      method: 'taobao.ts.property.get',
      responseRoot: 'ts_property_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
