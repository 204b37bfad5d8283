// Generated from specs/waybill/cainiao.cloudprint.clientinfo.put.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cloudprint.clientinfo.put` (云打印客户端监控信息收集). */
export interface CainiaoCloudprintClientinfoPutRequest {
  /** 客户端上传json数据 */
  json_data: string;
}

/** Response of `cainiao.cloudprint.clientinfo.put`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCloudprintClientinfoPutResponse {
  /** result */
  result?: CainiaoCloudprintClientinfoPutCloudPrintBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrintBaseResult` of `cainiao.cloudprint.clientinfo.put`. */
export interface CainiaoCloudprintClientinfoPutCloudPrintBaseResult {
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** data */
  data?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  json_data: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    error_code: 'String',
    data: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cloudprint.clientinfo.put`: method, response root, request and response schemas. */
export const cainiaoCloudprintClientinfoPutOperation = {
  method: 'cainiao.cloudprint.clientinfo.put',
  responseRoot: 'cainiao_cloudprint_clientinfo_put_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云打印客户端监控信息收集 — calls TOP method `cainiao.cloudprint.clientinfo.put`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCloudprintClientinfoPut(
  client: TopClient,
  request: CainiaoCloudprintClientinfoPutRequest,
  options?: CallOptions,
): Promise<CainiaoCloudprintClientinfoPutResponse> {
  return client.call<CainiaoCloudprintClientinfoPutResponse>(
    {
      method: 'cainiao.cloudprint.clientinfo.put',
      responseRoot: 'cainiao_cloudprint_clientinfo_put_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
