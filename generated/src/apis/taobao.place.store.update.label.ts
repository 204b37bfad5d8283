// Generated from specs/store/taobao.place.store.update.label.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.update.label` (商户门店标签更新接口). */
export interface TaobaoPlaceStoreUpdateLabelRequest {
  /** 门店id */
  store_id?: Int64Input;
  /**
   * 标签id
   *
   * Max list size: 999
   */
  label_id_list?: string[];
  /** 行业code */
  business_code?: string;
  /** 标签类型 */
  label_type?: string;
}

/** Response of `taobao.place.store.update.label`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreUpdateLabelResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoreUpdateLabelUpdateResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateResultDo` of `taobao.place.store.update.label`. */
export interface TaobaoPlaceStoreUpdateLabelUpdateResultDo {
  /** 成功数量 */
  count?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 是否失败 */
  failured?: boolean;
  /** 失败的标签id集合 */
  failured_list?: Int64[];
  /** 完整错误信息 */
  full_error_msg?: string;
  /** 模型 */
  models?: TaobaoPlaceStoreUpdateLabelModels;
  /** 关键主键 */
  pri_key?: string;
  /** 结果 */
  result?: string;
  /** 错误码 */
  result_code?: string;
  /** 是否请求成功 */
  success?: boolean;
  /** 成功的标签id集合 */
  success_list?: Int64[];
  /** 请求更新的总数量(已废弃) */
  total_num?: Int64;
}

/** `Models` of `taobao.place.store.update.label`. */
export interface TaobaoPlaceStoreUpdateLabelModels {
  /** 是否为空 */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  label_id_list: ['String'],
  business_code: 'String',
  label_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    count: 'Number',
    error_msg: 'String',
    failured: 'Boolean',
    failured_list: ['Number'],
    full_error_msg: 'String',
    models: {
      empty: 'Boolean',
    },
    pri_key: 'String',
    result: 'String',
    result_code: 'String',
    success: 'Boolean',
    success_list: ['Number'],
    total_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.update.label`: method, response root, request and response schemas. */
export const taobaoPlaceStoreUpdateLabelOperation = {
  method: 'taobao.place.store.update.label',
  responseRoot: 'place_store_update_label_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户门店标签更新接口 — calls TOP method `taobao.place.store.update.label`.
 *
 * 更新商户门店标签（服务、权益、标签）接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreUpdateLabel(
  client: TopClient,
  request: TaobaoPlaceStoreUpdateLabelRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreUpdateLabelResponse> {
  return client.call<TaobaoPlaceStoreUpdateLabelResponse>(
    {
      method: 'taobao.place.store.update.label',
      responseRoot: 'place_store_update_label_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
