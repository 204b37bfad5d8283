// Generated from specs/xhotelitem/taobao.xhotel.rateplan.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.rateplan.delete` (价格计划rateplan删除). */
export interface TaobaoXhotelRateplanDeleteRequest {
  /** ratepland标识 */
  rp_id?: Int64Input;
  /** 系统商，一般不用填写，使用须申请 */
  vendor?: string;
  /** 商家价格政策编码 */
  rateplan_code?: string;
}

/** Response of `taobao.xhotel.rateplan.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelRateplanDeleteResponse {
  /** result */
  result?: TaobaoXhotelRateplanDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.rateplan.delete`. */
export interface TaobaoXhotelRateplanDeleteResultSet {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 房价id */
  rpid?: string;
  /** results */
  results?: (string | Record<string, unknown>)[];
}

const REQUEST_SCHEMA = {
  rp_id: 'Number',
  vendor: 'String',
  rateplan_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    rpid: 'String',
    results: ['Json'],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.rateplan.delete`: method, response root, request and response schemas. */
export const taobaoXhotelRateplanDeleteOperation = {
  method: 'taobao.xhotel.rateplan.delete',
  responseRoot: 'xhotel_rateplan_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 价格计划rateplan删除 — calls TOP method `taobao.xhotel.rateplan.delete`.
 *
 * 酒店产品库rateplan删除，同时删除级联的rate，请谨慎使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelRateplanDelete(
  client: TopClient,
  request: TaobaoXhotelRateplanDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelRateplanDeleteResponse> {
  return client.call<TaobaoXhotelRateplanDeleteResponse>(
    {
      method: 'taobao.xhotel.rateplan.delete',
      responseRoot: 'xhotel_rateplan_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
