// Generated from specs/tmallservice/tmall.servicecenter.worker.querypage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.worker.querypage` (查询工人列表). */
export interface TmallServicecenterWorkerQuerypageRequest {
  /** 页码 */
  page_index?: Int64Input;
}

/** Response of `tmall.servicecenter.worker.querypage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkerQuerypageResponse {
  /** result */
  result?: TmallServicecenterWorkerQuerypageResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.worker.querypage`. */
export interface TmallServicecenterWorkerQuerypageResultBase {
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** success */
  success?: boolean;
  /** value */
  value?: string;
}

const REQUEST_SCHEMA = {
  page_index: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    success: 'Boolean',
    value: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.worker.querypage`: method, response root, request and response schemas. */
export const tmallServicecenterWorkerQuerypageOperation = {
  method: 'tmall.servicecenter.worker.querypage',
  responseRoot: 'tmall_servicecenter_worker_querypage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询工人列表 — calls TOP method `tmall.servicecenter.worker.querypage`.
 *
 * 服务商查询工人列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkerQuerypage(
  client: TopClient,
  request: TmallServicecenterWorkerQuerypageRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkerQuerypageResponse> {
  return client.call<TmallServicecenterWorkerQuerypageResponse>(
    {
      method: 'tmall.servicecenter.worker.querypage',
      responseRoot: 'tmall_servicecenter_worker_querypage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
