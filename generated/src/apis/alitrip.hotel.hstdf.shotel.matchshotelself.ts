// Generated from specs/hotelhstdf/alitrip.hotel.hstdf.shotel.matchshotelself.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.hstdf.shotel.matchshotelself` (自主匹配标准酒店以及卖家酒店). */
export interface AlitripHotelHstdfShotelMatchshotelselfRequest {
  /** HotelMatchParam */
  param0: AlitripHotelHstdfShotelMatchshotelselfHotelMatchParamInput;
}

/** Response of `alitrip.hotel.hstdf.shotel.matchshotelself`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelHstdfShotelMatchshotelselfResponse {
  /** 错误码 */
  errorcode?: string;
  /** 错误信息 */
  errormsg?: string;
  /** 是否成功 */
  status?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HotelMatchParam` of `alitrip.hotel.hstdf.shotel.matchshotelself`. */
export interface AlitripHotelHstdfShotelMatchshotelselfHotelMatchParamInput {
  /** 卖家酒店id */
  hid: Int64Input;
  /** 标准酒店id */
  shid: Int64Input;
}

const REQUEST_SCHEMA = {
  param0: {
    hid: 'Number',
    shid: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  errorcode: 'String',
  errormsg: 'String',
  status: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.hstdf.shotel.matchshotelself`: method, response root, request and response schemas. */
export const alitripHotelHstdfShotelMatchshotelselfOperation = {
  method: 'alitrip.hotel.hstdf.shotel.matchshotelself',
  responseRoot: 'alitrip_hotel_hstdf_shotel_matchshotelself_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自主匹配标准酒店以及卖家酒店 — calls TOP method `alitrip.hotel.hstdf.shotel.matchshotelself`.
 *
 * 商家通过指定的标准酒店id和卖家酒店id进行匹配
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelHstdfShotelMatchshotelself(
  client: TopClient,
  request: AlitripHotelHstdfShotelMatchshotelselfRequest,
  options?: CallOptions,
): Promise<AlitripHotelHstdfShotelMatchshotelselfResponse> {
  return client.call<AlitripHotelHstdfShotelMatchshotelselfResponse>(
    {
      method: 'alitrip.hotel.hstdf.shotel.matchshotelself',
      responseRoot: 'alitrip_hotel_hstdf_shotel_matchshotelself_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
