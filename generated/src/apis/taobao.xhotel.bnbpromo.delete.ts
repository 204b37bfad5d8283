// Generated from specs/xhotelitem/taobao.xhotel.bnbpromo.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.bnbpromo.delete` (民宿卖家活动删除). */
export interface TaobaoXhotelBnbpromoDeleteRequest {
  /** 外部活动code */
  outer_activity_code?: string;
}

/** Response of `taobao.xhotel.bnbpromo.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelBnbpromoDeleteResponse {
  /** 查询结果集 */
  result?: TaobaoXhotelBnbpromoDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.bnbpromo.delete`. */
export interface TaobaoXhotelBnbpromoDeleteResultSet {
  /** 是否成功 */
  success?: boolean;
  /** 错误code */
  error_code?: string;
  /** 错误码 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  outer_activity_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.bnbpromo.delete`: method, response root, request and response schemas. */
export const taobaoXhotelBnbpromoDeleteOperation = {
  method: 'taobao.xhotel.bnbpromo.delete',
  responseRoot: 'xhotel_bnbpromo_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 民宿卖家活动删除 — calls TOP method `taobao.xhotel.bnbpromo.delete`.
 *
 * 民宿删除营销活动
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelBnbpromoDelete(
  client: TopClient,
  request: TaobaoXhotelBnbpromoDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelBnbpromoDeleteResponse> {
  return client.call<TaobaoXhotelBnbpromoDeleteResponse>(
    {
      method: 'taobao.xhotel.bnbpromo.delete',
      responseRoot: 'xhotel_bnbpromo_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
