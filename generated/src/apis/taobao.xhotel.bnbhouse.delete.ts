// Generated from specs/xhotelitem/taobao.xhotel.bnbhouse.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbhouse.delete` (民宿门店删除接口). */
export interface TaobaoXhotelBnbhouseDeleteRequest {
  /** 门店Id，传参方式为hid或outer_id+vendor */
  hid?: Int64Input;
  /** 对接系统商名称：可为空不要乱填，需要申请后使用 */
  vendor?: string;
  /** 门店Id，系统商outer_id */
  outer_id?: string;
}

/** Response of `taobao.xhotel.bnbhouse.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbhouseDeleteResponse {
  /** 是否出错 */
  error?: boolean;
  /** 是否出错 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  vendor: 'String',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbhouse.delete`: method, response root, request and response schemas. */
export const taobaoXhotelBnbhouseDeleteOperation = {
  method: 'taobao.xhotel.bnbhouse.delete',
  responseRoot: 'xhotel_bnbhouse_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿门店删除接口 — calls TOP method `taobao.xhotel.bnbhouse.delete`.
 *
 * 支持门店相关的门店删除，删除门店会级联删除门店下面的房源
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbhouseDelete(
  client: TopClient,
  request: TaobaoXhotelBnbhouseDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbhouseDeleteResponse> {
  return client.call<TaobaoXhotelBnbhouseDeleteResponse>(
    {
      method: 'taobao.xhotel.bnbhouse.delete',
      responseRoot: 'xhotel_bnbhouse_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
