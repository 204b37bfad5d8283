// Generated from specs/tmallgenie/taobao.tmallgenie.hotelwelcome.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmallgenie.hotelwelcome` (酒店欢迎词推送). */
export interface TaobaoTmallgenieHotelwelcomeRequest {
  /** 房间号 */
  room_no?: string;
  /** 酒店ID */
  hotel_id?: Int64Input;
  /** 模板变量 */
  template_variable?: string | Record<string, unknown>;
  /** 模板ID */
  template_id?: string;
}

/** Response of `taobao.tmallgenie.hotelwelcome`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmallgenieHotelwelcomeResponse {
  /** statusCode */
  status_code?: Int64;
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  room_no: 'String',
  hotel_id: 'Number',
  template_variable: 'Json',
  template_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmallgenie.hotelwelcome`: method, response root, request and response schemas. */
export const taobaoTmallgenieHotelwelcomeOperation = {
  method: 'taobao.tmallgenie.hotelwelcome',
  responseRoot: 'tmallgenie_hotelwelcome_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店欢迎词推送 — calls TOP method `taobao.tmallgenie.hotelwelcome`.
 *
 * 推送欢迎词，让天猫精灵播放
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmallgenieHotelwelcome(
  client: TopClient,
  request: TaobaoTmallgenieHotelwelcomeRequest = {},
  options?: CallOptions,
): Promise<TaobaoTmallgenieHotelwelcomeResponse> {
  return client.call<TaobaoTmallgenieHotelwelcomeResponse>(
    {
      method: 'taobao.tmallgenie.hotelwelcome',
      responseRoot: 'tmallgenie_hotelwelcome_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
