// Generated from specs/car/alitrip.travel.crsorder.complete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.crsorder.complete` (CRS接送机商家服务完成接口). */
export interface AlitripTravelCrsorderCompleteRequest {
  /** 请求对象 */
  crs_order_complete_param: AlitripTravelCrsorderCompleteCrsOrderCompleteParamInput;
}

/** Response of `alitrip.travel.crsorder.complete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelCrsorderCompleteResponse {
  /** 返回结果message */
  message?: string;
  /** 返回结果code */
  message_code?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CrsOrderCompleteParam` of `alitrip.travel.crsorder.complete`. */
export interface AlitripTravelCrsorderCompleteCrsOrderCompleteParamInput {
  /** 飞猪订单id */
  order_id: Int64Input;
}

const REQUEST_SCHEMA = {
  crs_order_complete_param: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  message_code: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.crsorder.complete`: method, response root, request and response schemas. */
export const alitripTravelCrsorderCompleteOperation = {
  method: 'alitrip.travel.crsorder.complete',
  responseRoot: 'alitrip_travel_crsorder_complete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * CRS接送机商家服务完成接口 — calls TOP method `alitrip.travel.crsorder.complete`.
 *
 * 提供给CRS接送机商家的服务完成回调接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelCrsorderComplete(
  client: TopClient,
  request: AlitripTravelCrsorderCompleteRequest,
  options?: CallOptions,
): Promise<AlitripTravelCrsorderCompleteResponse> {
  return client.call<AlitripTravelCrsorderCompleteResponse>(
    {
      method: 'alitrip.travel.crsorder.complete',
      responseRoot: 'alitrip_travel_crsorder_complete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
