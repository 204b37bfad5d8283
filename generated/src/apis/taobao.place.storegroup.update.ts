// Generated from specs/store/taobao.place.storegroup.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.place.storegroup.update` (门店库修改基本信息). */
export interface TaobaoPlaceStoregroupUpdateRequest {
  /** 库id */
  id?: Int64Input;
  /** 库名称 */
  name?: string;
  /** 库备注 */
  desc?: string;
}

/** Response of `taobao.place.storegroup.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPlaceStoregroupUpdateResponse {
  /** 返回结果 */
  result?: TaobaoPlaceStoregroupUpdateTopBatchResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopBatchResultDo` of `taobao.place.storegroup.update`. */
export interface TaobaoPlaceStoregroupUpdateTopBatchResultDo {
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

/** Static description of `taobao.place.storegroup.update`: method, response root, request and response schemas. */
export const taobaoPlaceStoregroupUpdateOperation = {
  method: 'taobao.place.storegroup.update',
  responseRoot: 'place_storegroup_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门店库修改基本信息 — calls TOP method `taobao.place.storegroup.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPlaceStoregroupUpdate(
  client: TopClient,
  request: TaobaoPlaceStoregroupUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoPlaceStoregroupUpdateResponse> {
  return client.call<TaobaoPlaceStoregroupUpdateResponse>(
    {
      method: 'taobao.place.storegroup.update',
      responseRoot: 'place_storegroup_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
