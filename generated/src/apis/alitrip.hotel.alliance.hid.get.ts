// Generated from specs/hotelalliance/alitrip.hotel.alliance.hid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.hotel.alliance.hid.get` (获取联盟hid). */
export interface AlitripHotelAllianceHidGetRequest {
  /** 查询入参 */
  alliance_info_request: AlitripHotelAllianceHidGetAllianceInfoRequestInput;
}

/** Response of `alitrip.hotel.alliance.hid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripHotelAllianceHidGetResponse {
  /** 返回结果 */
  hms_top_result_set?: AlitripHotelAllianceHidGetHmsTopResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AllianceInfoRequest` of `alitrip.hotel.alliance.hid.get`. */
export interface AlitripHotelAllianceHidGetAllianceInfoRequestInput {
  /** 要查询的日期，格式yyyymmdd */
  query_day?: string;
  /** 签约类型-0:融合；1:直签。 */
  sign_type?: Int64Input;
}

/** `HmsTopResultSet` of `alitrip.hotel.alliance.hid.get`. */
export interface AlitripHotelAllianceHidGetHmsTopResultSet {
  /** 返回module */
  result?: AlitripHotelAllianceHidGetAllianceInfoResult;
  /** 操作是否成功 */
  success?: boolean;
  /** 错误code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

/** `AllianceInfoResult` of `alitrip.hotel.alliance.hid.get`. */
export interface AlitripHotelAllianceHidGetAllianceInfoResult {
  /** 菲住hid列表 */
  alliance_hids?: Int64[];
}

const REQUEST_SCHEMA = {
  alliance_info_request: {
    query_day: 'String',
    sign_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  hms_top_result_set: {
    result: {
      alliance_hids: ['Number'],
    },
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.hotel.alliance.hid.get`: method, response root, request and response schemas. */
export const alitripHotelAllianceHidGetOperation = {
  method: 'alitrip.hotel.alliance.hid.get',
  responseRoot: 'alitrip_hotel_alliance_hid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取联盟hid — calls TOP method `alitrip.hotel.alliance.hid.get`.
 *
 * 获取符合条件的菲住联盟hid，目前支持指定日期上线的菲住联盟hid查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripHotelAllianceHidGet(
  client: TopClient,
  request: AlitripHotelAllianceHidGetRequest,
  options?: CallOptions,
): Promise<AlitripHotelAllianceHidGetResponse> {
  return client.call<AlitripHotelAllianceHidGetResponse>(
    {
      method: 'alitrip.hotel.alliance.hid.get',
      responseRoot: 'alitrip_hotel_alliance_hid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
