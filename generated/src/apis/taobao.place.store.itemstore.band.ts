// Generated from specs/store/taobao.place.store.itemstore.band.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.store.itemstore.band` (门店商品关联绑定接口). */
export interface TaobaoPlaceStoreItemstoreBandRequest {
  /** 商品id */
  item_id?: Int64Input;
  /**
   * 门店id
   *
   * Max list size: 999
   */
  store_ids?: string[];
  /** 操作类型 */
  action_type?: string;
}

/** Response of `taobao.place.store.itemstore.band`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoreItemstoreBandResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoreItemstoreBandTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBatchResultDo` of `taobao.place.store.itemstore.band`. */
export interface TaobaoPlaceStoreItemstoreBandTopBatchResultDo {
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否失败 */
  failure?: boolean;
  /** 其它信息 */
  other?: TaobaoPlaceStoreItemstoreBandOther;
  /** 失败的门店id */
  result_list?: Int64[];
  /** 是否成功 */
  success?: boolean;
  /** 总条目数 */
  total_num?: Int64;
}

/** `Other` of `taobao.place.store.itemstore.band`. */
export interface TaobaoPlaceStoreItemstoreBandOther {
  /** 是否为空 */
  empty?: boolean;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
  store_ids: ['String'],
  action_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    failure: 'Boolean',
    other: {
      empty: 'Boolean',
    },
    result_list: ['Number'],
    success: 'Boolean',
    total_num: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.store.itemstore.band`: method, response root, request and response schemas. */
export const taobaoPlaceStoreItemstoreBandOperation = {
  method: 'taobao.place.store.itemstore.band',
  responseRoot: 'place_store_itemstore_band_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店商品关联绑定接口 — calls TOP method `taobao.place.store.itemstore.band`.
 *
 * 商品和多个门店关系绑定接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoreItemstoreBand(
  client: TopClient,
  request: TaobaoPlaceStoreItemstoreBandRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoreItemstoreBandResponse> {
  return client.call<TaobaoPlaceStoreItemstoreBandResponse>(
    {
      method: 'taobao.place.store.itemstore.band',
      responseRoot: 'place_store_itemstore_band_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
