// Generated from specs/xhotelitem/taobao.xhotel.rate.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rate.delete` (rate删除接口). */
export interface TaobaoXhotelRateDeleteRequest {
  /** 系统商，一般不用填写，使用须申请 */
  vendor?: string;
  /** 商家价格政策编码 */
  rateplan_code?: string;
  /** 商家房型ID */
  out_rid?: string;
}

/** Response of `taobao.xhotel.rate.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateDeleteResponse {
  /** result */
  result?: TaobaoXhotelRateDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.rate.delete`. */
export interface TaobaoXhotelRateDeleteResultSet {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** rateid-房型id-房价id */
  rateid_gid_rpid?: string;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  rateplan_code: 'String',
  out_rid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    rateid_gid_rpid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rate.delete`: method, response root, request and response schemas. */
export const taobaoXhotelRateDeleteOperation = {
  method: 'taobao.xhotel.rate.delete',
  responseRoot: 'xhotel_rate_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rate删除接口 — calls TOP method `taobao.xhotel.rate.delete`.
 *
 * 酒店产品库rate删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateDelete(
  client: TopClient,
  request: TaobaoXhotelRateDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRateDeleteResponse> {
  return client.call<TaobaoXhotelRateDeleteResponse>(
    {
      method: 'taobao.xhotel.rate.delete',
      responseRoot: 'xhotel_rate_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
