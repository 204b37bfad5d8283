// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.shotel.matchsroomself.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.shotel.matchsroomself` (匹配标准房型以及卖家房型). */
export interface AlitripHotelHstdfShotelMatchsroomselfRequest {
  /** SroomTypeMatchParam */
  param0?: AlitripHotelHstdfShotelMatchsroomselfSroomTypeMatchParamInput;
}

/** Response of `alitrip.hotel.hstdf.shotel.matchsroomself`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfShotelMatchsroomselfResponse {
  /** error_code */
  errorcode?: string;
  /** error_msg */
  errormsg?: string;
  /** 是否成功 */
  status?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SroomTypeMatchParam` of `alitrip.hotel.hstdf.shotel.matchsroomself`. */
export interface AlitripHotelHstdfShotelMatchsroomselfSroomTypeMatchParamInput {
  /** 标准房型id */
  srid: Int64Input;
  /** 卖家房型id */
  rid: Int64Input;
}

const REQUEST_SCHEMA = {
  param0: {
    srid: 'Number',
    rid: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errorcode: 'String',
  errormsg: 'String',
  status: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.shotel.matchsroomself`: method, response root, request and response schemas. */
export const alitripHotelHstdfShotelMatchsroomselfOperation = {
  method: 'alitrip.hotel.hstdf.shotel.matchsroomself',
  responseRoot: 'alitrip_hotel_hstdf_shotel_matchsroomself_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 匹配标准房型以及卖家房型 — calls TOP method `alitrip.hotel.hstdf.shotel.matchsroomself`.
 *
 * 匹配卖家房型以及标准房型，返回匹配结果
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfShotelMatchsroomself(
  client: TopClient,
  request: AlitripHotelHstdfShotelMatchsroomselfRequest = {},
  options?: CallOptions,
): Promise<AlitripHotelHstdfShotelMatchsroomselfResponse> {
  return client.call<AlitripHotelHstdfShotelMatchsroomselfResponse>(
    {
      method: 'alitrip.hotel.hstdf.shotel.matchsroomself',
      responseRoot: 'alitrip_hotel_hstdf_shotel_matchsroomself_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
