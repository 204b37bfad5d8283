// Generated from specs/xhotelitem/taobao.xhotel.bnbowner.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbowner.delete` (民宿房东删除接口). */
export interface TaobaoXhotelBnbownerDeleteRequest {
  /** 对接系统商名称：可为空不要乱填，需要申请后使用，默认taobao */
  vendor?: string;
  /** 房东Id，系统商outer_id */
  outer_id?: string;
}

/** Response of `taobao.xhotel.bnbowner.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbownerDeleteResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelBnbownerDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.bnbowner.delete`. */
export interface TaobaoXhotelBnbownerDeleteResultSet {
  /** 系统自动生成 */
  error_code?: string;
  /** 是否出错 */
  error?: boolean;
  /** 系统自动生成 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbowner.delete`: method, response root, request and response schemas. */
export const taobaoXhotelBnbownerDeleteOperation = {
  method: 'taobao.xhotel.bnbowner.delete',
  responseRoot: 'xhotel_bnbowner_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿房东删除接口 — calls TOP method `taobao.xhotel.bnbowner.delete`.
 *
 * 民宿房东删除接口，删除房东后，对应的门店及房源会同步删除，请谨慎使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbownerDelete(
  client: TopClient,
  request: TaobaoXhotelBnbownerDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbownerDeleteResponse> {
  return client.call<TaobaoXhotelBnbownerDeleteResponse>(
    {
      method: 'taobao.xhotel.bnbowner.delete',
      responseRoot: 'xhotel_bnbowner_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
