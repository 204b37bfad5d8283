// Generated from specs/xhotelitem/taobao.xhotel.bnbroomtype.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbroomtype.delete` (民宿房源删除接口). */
export interface TaobaoXhotelBnbroomtypeDeleteRequest {
  /** 房型Id，系统商outer_id */
  outer_id?: string;
  /** 对接系统商名称：可为空不要乱填，需要申请后使用 */
  vendor?: string;
  /** 房型Id，传参方式为rid或outer_id+vendor */
  rid?: Int64Input;
}

/** Response of `taobao.xhotel.bnbroomtype.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbroomtypeDeleteResponse {
  /** 是否出错 */
  error?: boolean;
  /** 错误信息 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  outer_id: 'String',
  vendor: 'String',
  rid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error: 'Boolean',
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbroomtype.delete`: method, response root, request and response schemas. */
export const taobaoXhotelBnbroomtypeDeleteOperation = {
  method: 'taobao.xhotel.bnbroomtype.delete',
  responseRoot: 'xhotel_bnbroomtype_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿房源删除接口 — calls TOP method `taobao.xhotel.bnbroomtype.delete`.
 *
 * 增加民宿房源删除接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbroomtypeDelete(
  client: TopClient,
  request: TaobaoXhotelBnbroomtypeDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbroomtypeDeleteResponse> {
  return client.call<TaobaoXhotelBnbroomtypeDeleteResponse>(
    {
      method: 'taobao.xhotel.bnbroomtype.delete',
      responseRoot: 'xhotel_bnbroomtype_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
