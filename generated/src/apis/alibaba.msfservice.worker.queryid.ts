// Generated from specs/tmallsc/alibaba.msfservice.worker.queryid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.msfservice.worker.queryid` (查询师傅workerid). */
export interface AlibabaMsfserviceWorkerQueryidRequest {
  /** 手机号 */
  phone?: string;
  /** 身份证ID */
  id_number: string;
}

/** Response of `alibaba.msfservice.worker.queryid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMsfserviceWorkerQueryidResponse {
  /** 返回对象 */
  result?: AlibabaMsfserviceWorkerQueryidResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.msfservice.worker.queryid`. */
export interface AlibabaMsfserviceWorkerQueryidResult {
  /** 是否成功 */
  success?: boolean;
  /** 失败原因 */
  system_error?: string;
  /** 失败原因 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 工人id */
  result?: Int64;
}

const REQUEST_SCHEMA = {
  phone: 'String',
  id_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    system_error: 'String',
    msg_info: 'String',
    msg_code: 'String',
    result: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.msfservice.worker.queryid`: method, response root, request and response schemas. */
export const alibabaMsfserviceWorkerQueryidOperation = {
  method: 'alibaba.msfservice.worker.queryid',
  responseRoot: 'alibaba_msfservice_worker_queryid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询师傅workerid — calls TOP method `alibaba.msfservice.worker.queryid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMsfserviceWorkerQueryid(
  client: TopClient,
  request: AlibabaMsfserviceWorkerQueryidRequest,
  options?: CallOptions,
): Promise<AlibabaMsfserviceWorkerQueryidResponse> {
  return client.call<AlibabaMsfserviceWorkerQueryidResponse>(
    {
      method: 'alibaba.msfservice.worker.queryid',
      responseRoot: 'alibaba_msfservice_worker_queryid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
