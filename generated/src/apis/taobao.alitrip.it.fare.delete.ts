// Generated from specs/itpolicy/taobao.alitrip.it.fare.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.it.fare.delete` (【国际机票自有政策】单条删除). */
export interface TaobaoAlitripItFareDeleteRequest {
  /** json格式的字符串，扩展属性，预留 */
  extendAttributes?: string;
  /** 运价id，单条新增成功时返回运价id，fareId和outId必填一个，fareId优先 */
  fareId?: Int64Input;
  /** 外部id，为新增时请求参数中的外部政策id */
  outId?: string;
}

/** Response of `taobao.alitrip.it.fare.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripItFareDeleteResponse {
  /** json格式的字符串，扩展属性，预留 */
  extend_attributes?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  extendAttributes: 'String',
  fareId: 'Number',
  outId: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  extend_attributes: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.it.fare.delete`: method, response root, request and response schemas. */
export const taobaoAlitripItFareDeleteOperation = {
  method: 'taobao.alitrip.it.fare.delete',
  responseRoot: 'alitrip_it_fare_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【国际机票自有政策】单条删除 — calls TOP method `taobao.alitrip.it.fare.delete`.
 *
 * 自有政策删除接口，可以根据fareId或outId删除，根据outId删除时，如果outId不唯一，返回失败
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripItFareDelete(
  client: TopClient,
  request: TaobaoAlitripItFareDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripItFareDeleteResponse> {
  return client.call<TaobaoAlitripItFareDeleteResponse>(
    {
      method: 'taobao.alitrip.it.fare.delete',
      responseRoot: 'alitrip_it_fare_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
