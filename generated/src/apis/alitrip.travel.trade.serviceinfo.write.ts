// Generated from specs/traveltrade/alitrip.travel.trade.serviceinfo.write.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.trade.serviceinfo.write` (订单服务信息写入接口). */
export interface AlitripTravelTradeServiceinfoWriteRequest {
  /** 根据模版要求传递对应的订单服务信息，当涉及多值时，用英文分号隔开";"，目前api暂时不支持文件上传，只支持链接；链接必须外网能访问 */
  tip_value: string | Record<string, unknown>;
  /** 对应的订单信息 */
  sub_tc_order_id: Int64Input;
}

/** Response of `alitrip.travel.trade.serviceinfo.write`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelTradeServiceinfoWriteResponse {
  /** result */
  result?: AlitripTravelTradeServiceinfoWriteResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `alitrip.travel.trade.serviceinfo.write`. */
export interface AlitripTravelTradeServiceinfoWriteResultSet {
  /** 错误码信息 */
  error_code?: string;
  /** 错误详细信息 */
  error_msg?: string;
  /** 是否操作成功 */
  is_success?: boolean;
  /** 订单标注服务信息是否成功 */
  error?: boolean;
}

const REQUEST_SCHEMA = {
  tip_value: 'Json',
  sub_tc_order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_msg: 'String',
    is_success: 'Boolean',
    error: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.trade.serviceinfo.write`: method, response root, request and response schemas. */
export const alitripTravelTradeServiceinfoWriteOperation = {
  method: 'alitrip.travel.trade.serviceinfo.write',
  responseRoot: 'alitrip_travel_trade_serviceinfo_write_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单服务信息写入接口 — calls TOP method `alitrip.travel.trade.serviceinfo.write`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelTradeServiceinfoWrite(
  client: TopClient,
  request: AlitripTravelTradeServiceinfoWriteRequest,
  options?: CallOptions,
): Promise<AlitripTravelTradeServiceinfoWriteResponse> {
  return client.call<AlitripTravelTradeServiceinfoWriteResponse>(
    {
      method: 'alitrip.travel.trade.serviceinfo.write',
      responseRoot: 'alitrip_travel_trade_serviceinfo_write_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
