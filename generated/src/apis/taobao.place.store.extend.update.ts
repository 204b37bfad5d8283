// Generated from specs/store/taobao.place.store.extend.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.extend.update` (商户门店拓展信息更新接口). */
export interface TaobaoPlaceStoreExtendUpdateRequest {
  /** 更新数据 */
  param_update_store_extend_d_t_o?: TaobaoPlaceStoreExtendUpdateUpdateStoreExtendDtoInput;
}

/** Response of `taobao.place.store.extend.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreExtendUpdateResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoreExtendUpdateResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateStoreExtendDto` of `taobao.place.store.extend.update`. */
export interface TaobaoPlaceStoreExtendUpdateUpdateStoreExtendDtoInput {
  /** 需要添加的TAGS */
  add_tags?: string[];
  /** 需要修改的attribute对应的key */
  attribute_key?: string;
  /** 需要修改的attribute对应的value */
  attribute_value?: string;
  /** 需要修改的bizAttribute对应的key */
  biz_attribute_key?: string;
  /** 需要修改的bizAttribute对应的value */
  biz_attribute_value?: string;
  /** 需要删除的TAGS */
  remove_tags?: string[];
  /** 门店id */
  store_id?: Int64Input;
}

/** `ResultDo` of `taobao.place.store.extend.update`. */
export interface TaobaoPlaceStoreExtendUpdateResultDo {
  /** 错误信息 */
  error_msg?: string;
  /** 是否失败 */
  failured?: boolean;
  /** 完整错误信息 */
  full_error_msg?: string;
  /** 模型 */
  models?: TaobaoPlaceStoreExtendUpdateModels;
  /** 关键主键 */
  pri_key?: string;
  /** 结果 */
  result?: boolean;
  /** 错误码 */
  result_code?: string;
  /** 调用是否成功 */
  success?: boolean;
  /** 总数量 */
  total_num?: Int64;
}

/** `Models` of `taobao.place.store.extend.update`. */
export interface TaobaoPlaceStoreExtendUpdateModels {
  /** 是否为空 */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  param_update_store_extend_d_t_o: {
    add_tags: ['String'],
    attribute_key: 'String',
    attribute_value: 'String',
    biz_attribute_key: 'String',
    biz_attribute_value: 'String',
    remove_tags: ['String'],
    store_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_msg: 'String',
    failured: 'Boolean',
    full_error_msg: 'String',
    models: {
      empty: 'Boolean',
    },
    pri_key: 'String',
    result: 'Boolean',
    result_code: 'String',
    success: 'Boolean',
    total_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.extend.update`: method, response root, request and response schemas. */
export const taobaoPlaceStoreExtendUpdateOperation = {
  method: 'taobao.place.store.extend.update',
  responseRoot: 'place_store_extend_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户门店拓展信息更新接口 — calls TOP method `taobao.place.store.extend.update`.
 *
 * 更新商户门店拓展信息（tags、attribute、bizAtrribute）更新接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreExtendUpdate(
  client: TopClient,
  request: TaobaoPlaceStoreExtendUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreExtendUpdateResponse> {
  return client.call<TaobaoPlaceStoreExtendUpdateResponse>(
    {
      method: 'taobao.place.store.extend.update',
      responseRoot: 'place_store_extend_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
