// Generated from specs/store/taobao.place.storegroup.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.storegroup.delete` (删除门店库). */
export interface TaobaoPlaceStoregroupDeleteRequest {
  /** 库Id */
  id?: Int64Input;
}

/** Response of `taobao.place.storegroup.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoregroupDeleteResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoregroupDeleteTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBatchResultDo` of `taobao.place.storegroup.delete`. */
export interface TaobaoPlaceStoregroupDeleteTopBatchResultDo {
  /** 其他信息 */
  other?: string;
  /** 结果总数 */
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
  id: 'Number',
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

/** Static description of `taobao.place.storegroup.delete`: method, response root, request and response schemas. */
export const taobaoPlaceStoregroupDeleteOperation = {
  method: 'taobao.place.storegroup.delete',
  responseRoot: 'place_storegroup_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除门店库 — calls TOP method `taobao.place.storegroup.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoregroupDelete(
  client: TopClient,
  request: TaobaoPlaceStoregroupDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoregroupDeleteResponse> {
  return client.call<TaobaoPlaceStoregroupDeleteResponse>(
    {
      method: 'taobao.place.storegroup.delete',
      responseRoot: 'place_storegroup_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
