// Generated from specs/store/taobao.place.storerelatesub.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.storerelatesub.delete` (门店和子门店关系删除). */
export interface TaobaoPlaceStorerelatesubDeleteRequest {
  /** 门店Id */
  store_id?: Int64Input;
  /**
   * 子门店id
   *
   * Max list size: 20
   */
  sub_store_ids?: string[];
}

/** Response of `taobao.place.storerelatesub.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStorerelatesubDeleteResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStorerelatesubDeleteTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBatchResultDo` of `taobao.place.storerelatesub.delete`. */
export interface TaobaoPlaceStorerelatesubDeleteTopBatchResultDo {
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

/** Static description of `taobao.place.storerelatesub.delete`: method, response root, request and response schemas. */
export const taobaoPlaceStorerelatesubDeleteOperation = {
  method: 'taobao.place.storerelatesub.delete',
  responseRoot: 'place_storerelatesub_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店和子门店关系删除 — calls TOP method `taobao.place.storerelatesub.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStorerelatesubDelete(
  client: TopClient,
  request: TaobaoPlaceStorerelatesubDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStorerelatesubDeleteResponse> {
  return client.call<TaobaoPlaceStorerelatesubDeleteResponse>(
    {
      method: 'taobao.place.storerelatesub.delete',
      responseRoot: 'place_storerelatesub_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
