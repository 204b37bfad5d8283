// Generated from specs/xhotelitem/taobao.roomtype.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.roomtype.status.update` (top房型状态修改). */
export interface TaobaoRoomtypeStatusUpdateRequest {
  /** 对接系统商，不填默认taobao */
  vendor?: string;
  /** 卖家房型id */
  outer_id?: string;
  /** 飞猪房型id */
  rid?: Int64Input;
  /** 0在线，-1删除， -2停售） */
  status?: Int64Input;
}

/** Response of `taobao.roomtype.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoRoomtypeStatusUpdateResponse {
  /** 错误 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  vendor: 'String',
  outer_id: 'String',
  rid: 'Number',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.roomtype.status.update`: method, response root, request and response schemas. */
export const taobaoRoomtypeStatusUpdateOperation = {
  method: 'taobao.roomtype.status.update',
  responseRoot: 'roomtype_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * top房型状态修改 — calls TOP method `taobao.roomtype.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoRoomtypeStatusUpdate(
  client: TopClient,
  request: TaobaoRoomtypeStatusUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoRoomtypeStatusUpdateResponse> {
  return client.call<TaobaoRoomtypeStatusUpdateResponse>(
    {
      method: 'taobao.roomtype.status.update',
      responseRoot: 'roomtype_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
