// Generated from specs/xhotelitem/taobao.xhotel.servicetime.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.servicetime.update` (飞猪酒店多维度服务时间维护接口). */
export interface TaobaoXhotelServicetimeUpdateRequest {
  /** 请按照示例值的格式来填写，涉及到是否当日订单，是否展示，周一到周日的服务时间，业务id,业务类型1为卖家，2为supplier ，3为酒店。[{"businessId":11925099374,"businessType":3,"displayItemInNonWorkingTime":1,"mondayConfirmLocalTime":"09:00-18:00","operator":"操作人","orderConfirmType":1,"saturdayConfirmLocalTime":"09:00-18:00","sellerId":2054718374,"sellerNick":"sandbox_b_27","sundayConfirmLocalTime":"09:00-18:00","supplier":"","thursdayConfirmLocalTime":"09:00-18:00","timeZoneName":"Asia/Shanghai","tuesdayConfirmLocalTime":"09:00-18:00","wednesdayConfirmLocalTime":"09:00-18:00","fridayConfirmLocalTime":"09:00-18:00"},{"businessId":11925099374,"businessType":3,"displayItemInNonWorkingTime":1,"mondayConfirmLocalTime":"09:00-18:00","operator":"操作人","orderConfirmType":2,"saturdayConfirmLocalTime":"09:00-18:00","sellerId":2054718374,"sellerNick":"sandbox_b_27","sundayConfirmLocalTime":"09:00-18:00","supplier":"","thursdayConfirmLocalTime":"09:00-18:00","timeZoneName":"Asia/Shanghai","tuesdayConfirmLocalTime":"09:00-18:00","wednesdayConfirmLocalTime":"09:00-18:00","fridayConfirmLocalTime":"09:00-18:00"}] */
  param: string;
}

/** Response of `taobao.xhotel.servicetime.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelServicetimeUpdateResponse {
  /** result */
  result?: TaobaoXhotelServicetimeUpdateResultSet;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultSet` of `taobao.xhotel.servicetime.update`. */
export interface TaobaoXhotelServicetimeUpdateResultSet {
  /** results */
  results?: string[];
  /** totalResults */
  total_results?: Int64;
  /** hasNext */
  has_next?: boolean;
  /** exception */
  exception?: string;
  /** errorCode */
  error_code?: string;
  /** warnMessage */
  warn_message?: string;
  /** errorMsg */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  param: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    results: ['String'],
    total_results: 'Number',
    has_next: 'Boolean',
    exception: 'String',
    error_code: 'String',
    warn_message: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.servicetime.update`: method, response root, request and response schemas. */
export const taobaoXhotelServicetimeUpdateOperation = {
  method: 'taobao.xhotel.servicetime.update',
  responseRoot: 'xhotel_servicetime_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪酒店多维度服务时间维护接口 — calls TOP method `taobao.xhotel.servicetime.update`.
 *
 * 飞猪酒店多维度服务时间维护，支持卖家维度，supplier维度，酒店维度
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelServicetimeUpdate(
  client: TopClient,
  request: TaobaoXhotelServicetimeUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoXhotelServicetimeUpdateResponse> {
  return client.call<TaobaoXhotelServicetimeUpdateResponse>(
    {
      method: 'taobao.xhotel.servicetime.update',
      responseRoot: 'xhotel_servicetime_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
