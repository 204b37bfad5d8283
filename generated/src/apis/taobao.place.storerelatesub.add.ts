// Generated from specs/store/taobao.place.storerelatesub.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.storerelatesub.add` (门店和子门店关系新增). */
export interface TaobaoPlaceStorerelatesubAddRequest {
  /** 门店Id */
  store_id?: Int64Input;
  /**
   * 子门店Id
   *
   * Max list size: 20
   */
  sub_store_ids?: string[];
}

/** Response of `taobao.place.storerelatesub.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStorerelatesubAddResponse {
  /** 结果 */
  result?: TaobaoPlaceStorerelatesubAddTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBatchResultDo` of `taobao.place.storerelatesub.add`. */
export interface TaobaoPlaceStorerelatesubAddTopBatchResultDo {
  /** 其他信息 */
  other?: string;
  /** 总数 */
  total_num?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 结果列表 */
  result_list?: string[];
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'Number',
  sub_store_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    other: 'String',
    total_num: 'Number',
    success: 'Boolean',
    error_code: 'String',
    result_list: ['String'],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.place.storerelatesub.add`: method, response root, request and response schemas. */
export const taobaoPlaceStorerelatesubAddOperation = {
  method: 'taobao.place.storerelatesub.add',
  responseRoot: 'place_storerelatesub_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店和子门店关系新增 — calls TOP method `taobao.place.storerelatesub.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStorerelatesubAdd(
  client: TopClient,
  request: TaobaoPlaceStorerelatesubAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStorerelatesubAddResponse> {
  return client.call<TaobaoPlaceStorerelatesubAddResponse>(
    {
      method: 'taobao.place.storerelatesub.add',
      responseRoot: 'place_storerelatesub_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
