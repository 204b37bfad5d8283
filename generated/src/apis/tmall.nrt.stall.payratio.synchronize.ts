// Generated from specs/nrt/tmall.nrt.stall.payratio.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.stall.payratio.synchronize` (同步摊位收银比例). */
export interface TmallNrtStallPayratioSynchronizeRequest {
  /** 业务编码 */
  biz_code: string;
  /** 合同编号 */
  contract_code?: string;
  /** 摊位编码 */
  store_code: string;
  /** 收银比例 */
  pay_ratio: string;
}

/** Response of `tmall.nrt.stall.payratio.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtStallPayratioSynchronizeResponse {
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  biz_code: 'String',
  contract_code: 'String',
  store_code: 'String',
  pay_ratio: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.stall.payratio.synchronize`: method, response root, request and response schemas. */
export const tmallNrtStallPayratioSynchronizeOperation = {
  method: 'tmall.nrt.stall.payratio.synchronize',
  responseRoot: 'tmall_nrt_stall_payratio_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同步摊位收银比例 — calls TOP method `tmall.nrt.stall.payratio.synchronize`.
 *
 * ISV同步摊位收银比例到阿里
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtStallPayratioSynchronize(
  client: TopClient,
  request: TmallNrtStallPayratioSynchronizeRequest,
  options?: CallOptions,
): Promise<TmallNrtStallPayratioSynchronizeResponse> {
  return client.call<TmallNrtStallPayratioSynchronizeResponse>(
    {
      method: 'tmall.nrt.stall.payratio.synchronize',
      responseRoot: 'tmall_nrt_stall_payratio_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
