// Generated from specs/gameact/taobao.de.activity.machineid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.de.activity.machineid.get` (获取设备号). */
export interface TaobaoDeActivityMachineidGetRequest {}

/** Response of `taobao.de.activity.machineid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoDeActivityMachineidGetResponse {
  /** 机器号 */
  machine_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  machine_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.de.activity.machineid.get`: method, response root, request and response schemas. */
export const taobaoDeActivityMachineidGetOperation = {
  method: 'taobao.de.activity.machineid.get',
  responseRoot: 'de_activity_machineid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取设备号 — calls TOP method `taobao.de.activity.machineid.get`.
 *
 * 获取机器设备id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoDeActivityMachineidGet(
  client: TopClient,
  request: TaobaoDeActivityMachineidGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoDeActivityMachineidGetResponse> {
  return client.call<TaobaoDeActivityMachineidGetResponse>(
    {
      method: 'taobao.de.activity.machineid.get',
      responseRoot: 'de_activity_machineid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
