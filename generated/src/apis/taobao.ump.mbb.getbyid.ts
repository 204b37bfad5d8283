// Generated from specs/promotion/taobao.ump.mbb.getbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.ump.mbb.getbyid` (获取营销积木块). */
export interface TaobaoUmpMbbGetbyidRequest {
  /** 积木块的id */
  id: Int64Input;
}

/** Response of `taobao.ump.mbb.getbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUmpMbbGetbyidResponse {
  /** 营销积木块定义信息，可以通过ump sdk里面的MBB.fromJson来处理 */
  mbb?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  mbb: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.ump.mbb.getbyid`: method, response root, request and response schemas. */
export const taobaoUmpMbbGetbyidOperation = {
  method: 'taobao.ump.mbb.getbyid',
  responseRoot: 'ump_mbb_getbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取营销积木块 — calls TOP method `taobao.ump.mbb.getbyid`.
 *
 * 根据积木块id获取营销积木块。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUmpMbbGetbyid(
  client: TopClient,
  request: TaobaoUmpMbbGetbyidRequest,
  options?: CallOptions,
): Promise<TaobaoUmpMbbGetbyidResponse> {
  return client.call<TaobaoUmpMbbGetbyidResponse>(
    {
      method: 'taobao.ump.mbb.getbyid',
      responseRoot: 'ump_mbb_getbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
