// Generated from specs/tbitem/tmall.item.hscode.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.hscode.detail.get` (通过hscode获取计量单位). */
export interface TmallItemHscodeDetailGetRequest {
  /** hscode */
  hscode: string;
}

/** Response of `tmall.item.hscode.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemHscodeDetailGetResponse {
  /** 返回的计量单位和销售单位 */
  results?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  hscode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.hscode.detail.get`: method, response root, request and response schemas. */
export const tmallItemHscodeDetailGetOperation = {
  method: 'tmall.item.hscode.detail.get',
  responseRoot: 'tmall_item_hscode_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过hscode获取计量单位 — calls TOP method `tmall.item.hscode.detail.get`.
 *
 * 通过hscode获取计量单位和销售单位
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemHscodeDetailGet(
  client: TopClient,
  request: TmallItemHscodeDetailGetRequest,
  options?: CallOptions,
): Promise<TmallItemHscodeDetailGetResponse> {
  return client.call<TmallItemHscodeDetailGetResponse>(
    {
      method: 'tmall.item.hscode.detail.get',
      responseRoot: 'tmall_item_hscode_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
