// Generated from specs/xhotelitem/taobao.xhotel.status.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.status.update` (酒店状态更新). */
export interface TaobaoXhotelStatusUpdateRequest {
  /** 飞猪酒店id */
  hid?: Int64Input;
  /** 对接系统商，不填默认taobao */
  vendor?: string;
  /** 外部酒店id */
  outer_id?: string;
  /** （0在线，-1删除， -2停售） */
  status?: Int64Input;
}

/** Response of `taobao.xhotel.status.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelStatusUpdateResponse {
  /** 是否出错 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  hid: 'Number',
  vendor: 'String',
  outer_id: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.status.update`: method, response root, request and response schemas. */
export const taobaoXhotelStatusUpdateOperation = {
  method: 'taobao.xhotel.status.update',
  responseRoot: 'xhotel_status_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 酒店状态更新 — calls TOP method `taobao.xhotel.status.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelStatusUpdate(
  client: TopClient,
  request: TaobaoXhotelStatusUpdateRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelStatusUpdateResponse> {
  return client.call<TaobaoXhotelStatusUpdateResponse>(
    {
      method: 'taobao.xhotel.status.update',
      responseRoot: 'xhotel_status_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
