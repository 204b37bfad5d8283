// Generated from specs/store/taobao.place.storegroup.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.storegroup.create` (商户门店库创建接口). */
export interface TaobaoPlaceStoregroupCreateRequest {
  /** 库名 */
  name?: string;
  /** 备注 */
  desc?: string;
}

/** Response of `taobao.place.storegroup.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoregroupCreateResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoregroupCreateTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBatchResultDo` of `taobao.place.storegroup.create`. */
export interface TaobaoPlaceStoregroupCreateTopBatchResultDo {
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
  name: 'String',
  desc: 'String',
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

/** Static description of `taobao.place.storegroup.create`: method, response root, request and response schemas. */
export const taobaoPlaceStoregroupCreateOperation = {
  method: 'taobao.place.storegroup.create',
  responseRoot: 'place_storegroup_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户门店库创建接口 — calls TOP method `taobao.place.storegroup.create`.
 *
 * 用于商家创建线下门店库
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoregroupCreate(
  client: TopClient,
  request: TaobaoPlaceStoregroupCreateRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoregroupCreateResponse> {
  return client.call<TaobaoPlaceStoregroupCreateResponse>(
    {
      method: 'taobao.place.storegroup.create',
      responseRoot: 'place_storegroup_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
