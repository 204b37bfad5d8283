// Generated from specs/media/taobao.vas.service.getServTimes.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vas.service.getServTimes` (查询某个用户图片空间的使用情况). */
export interface TaobaoVasServiceGetServTimesRequest {
  /** 服务编码 */
  serv_code: string;
}

/** Response of `taobao.vas.service.getServTimes`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVasServiceGetServTimesResponse {
  /** 总次数（容量） */
  total_num?: Int64;
  /** 剩余次数（容量） */
  left_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  serv_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_num: 'Number',
  left_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vas.service.getServTimes`: method, response root, request and response schemas. */
export const taobaoVasServiceGetServTimesOperation = {
  method: 'taobao.vas.service.getServTimes',
  responseRoot: 'vas_service_getServTimes_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询某个用户图片空间的使用情况 — calls TOP method `taobao.vas.service.getServTimes`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVasServiceGetServTimes(
  client: TopClient,
  request: TaobaoVasServiceGetServTimesRequest,
  options?: CallOptions,
): Promise<TaobaoVasServiceGetServTimesResponse> {
  return client.call<TaobaoVasServiceGetServTimesResponse>(
    {
      method: 'taobao.vas.service.getServTimes',
      responseRoot: 'vas_service_getServTimes_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
