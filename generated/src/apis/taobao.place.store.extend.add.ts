// Generated from specs/alsc/taobao.place.store.extend.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.extend.add` (新增门店扩展属性). */
export interface TaobaoPlaceStoreExtendAddRequest {
  /** 门店ID */
  store_id?: Int64Input;
  /**
   * 扩展信息
   *
   * Max list size: 999
   */
  etv?: TaobaoPlaceStoreExtendAddExtendTypeValueTopDtoInput[];
}

/** Response of `taobao.place.store.extend.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreExtendAddResponse {
  /** 是否失败 */
  failure?: boolean;
  /** 返回结果：true成功；false失败 */
  result?: boolean;
  /** 个数 */
  total_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExtendTypeValueTopDto` of `taobao.place.store.extend.add`. */
export interface TaobaoPlaceStoreExtendAddExtendTypeValueTopDtoInput {
  /** 扩展code */
  code?: string;
  /** 扩展value */
  obj?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  etv: [
    {
      code: 'String',
      obj: 'String',
    },
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  failure: 'Boolean',
  result: 'Boolean',
  total_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.extend.add`: method, response root, request and response schemas. */
export const taobaoPlaceStoreExtendAddOperation = {
  method: 'taobao.place.store.extend.add',
  responseRoot: 'place_store_extend_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增门店扩展属性 — calls TOP method `taobao.place.store.extend.add`.
 *
 * 新增授权用户的门店扩展属性
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreExtendAdd(
  client: TopClient,
  request: TaobaoPlaceStoreExtendAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreExtendAddResponse> {
  return client.call<TaobaoPlaceStoreExtendAddResponse>(
    {
      method: 'taobao.place.store.extend.add',
      responseRoot: 'place_store_extend_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
