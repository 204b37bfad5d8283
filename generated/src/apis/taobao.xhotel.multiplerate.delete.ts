// Generated from specs/xhotelitem/taobao.xhotel.multiplerate.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.multiplerate.delete` (复杂价格删除). */
export interface TaobaoXhotelMultiplerateDeleteRequest {
  /** 渠道，和推送房价所使用的渠道保持一致 */
  vendor?: string;
  /** 商家价格政策编码 */
  rateplan_code: string;
  /** 商家房型编码 */
  out_rid: string;
  /** 连住天数 */
  occupancy?: Int64Input;
  /** 入住人数 */
  lengthofstay?: Int64Input;
}

/** Response of `taobao.xhotel.multiplerate.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelMultiplerateDeleteResponse {
  /** result */
  result?: TaobaoXhotelMultiplerateDeleteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.multiplerate.delete`. */
export interface TaobaoXhotelMultiplerateDeleteResultSet {
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** 房型编码_房价编码_入住人数_连住天数 */
  out_rid_rateplan_code_occupancy_lengthofstay?: string;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  rateplan_code: 'String',
  out_rid: 'String',
  occupancy: 'Number',
  lengthofstay: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    out_rid_rateplan_code_occupancy_lengthofstay: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.multiplerate.delete`: method, response root, request and response schemas. */
export const taobaoXhotelMultiplerateDeleteOperation = {
  method: 'taobao.xhotel.multiplerate.delete',
  responseRoot: 'xhotel_multiplerate_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 复杂价格删除 — calls TOP method `taobao.xhotel.multiplerate.delete`.
 *
 * 酒店产品库rate删除
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelMultiplerateDelete(
  client: TopClient,
  request: TaobaoXhotelMultiplerateDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelMultiplerateDeleteResponse> {
  return client.call<TaobaoXhotelMultiplerateDeleteResponse>(
    {
      method: 'taobao.xhotel.multiplerate.delete',
      responseRoot: 'xhotel_multiplerate_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
