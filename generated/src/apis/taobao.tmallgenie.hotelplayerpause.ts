// Generated from specs/tmallgenie/taobao.tmallgenie.hotelplayerpause.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tmallgenie.hotelplayerpause` (天猫精灵酒店播放暂停). */
export interface TaobaoTmallgenieHotelplayerpauseRequest {
  /** 房间号 */
  room_no?: string;
  /** 酒店ID */
  hotel_id?: Int64Input;
}

/** Response of `taobao.tmallgenie.hotelplayerpause`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTmallgenieHotelplayerpauseResponse {
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  status_code: 'Number',
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tmallgenie.hotelplayerpause`: method, response root, request and response schemas. */
export const taobaoTmallgenieHotelplayerpauseOperation = {
  method: 'taobao.tmallgenie.hotelplayerpause',
  responseRoot: 'tmallgenie_hotelplayerpause_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫精灵酒店播放暂停 — calls TOP method `taobao.tmallgenie.hotelplayerpause`.
 *
 * 酒店推送指令给天猫精灵停止播放音乐
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTmallgenieHotelplayerpause(
  client: TopClient,
  request: TaobaoTmallgenieHotelplayerpauseRequest = {},
  options?: CallOptions,
): Promise<TaobaoTmallgenieHotelplayerpauseResponse> {
  return client.call<TaobaoTmallgenieHotelplayerpauseResponse>(
    {
      method: 'taobao.tmallgenie.hotelplayerpause',
      responseRoot: 'tmallgenie_hotelplayerpause_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
