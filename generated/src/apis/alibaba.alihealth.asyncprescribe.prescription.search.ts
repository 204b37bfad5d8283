// Generated from specs/alihealthoutflow/alibaba.alihealth.asyncprescribe.prescription.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.asyncprescribe.prescription.search` (异步开方处方查询). */
export interface AlibabaAlihealthAsyncprescribePrescriptionSearchRequest {
  /** 查询入参 */
  search_request?: AlibabaAlihealthAsyncprescribePrescriptionSearchAsyncPrescribeSearchRequestInput;
}

/** Response of `alibaba.alihealth.asyncprescribe.prescription.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthAsyncprescribePrescriptionSearchResponse {
  /** 返回结果 */
  service_result?: AlibabaAlihealthAsyncprescribePrescriptionSearchServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AsyncPrescribeSearchRequest` of `alibaba.alihealth.asyncprescribe.prescription.search`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionSearchAsyncPrescribeSearchRequestInput {
  /** 开方结束时间 */
  end_time?: Int64Input;
  /** 开方开始时间 */
  start_time?: Int64Input;
  /** 医院id */
  hospital_id?: string;
  /** 每页多少条 */
  page_size?: Int64Input;
  /** 第几页 */
  page_no?: Int64Input;
}

/** `ServiceResult` of `alibaba.alihealth.asyncprescribe.prescription.search`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionSearchServiceResult {
  /** success */
  success?: boolean;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** 返回数据对象 */
  data?: AlibabaAlihealthAsyncprescribePrescriptionSearchAsyncPrescribeSearchResponse;
}

/** `AsyncPrescribeSearchResponse` of `alibaba.alihealth.asyncprescribe.prescription.search`. */
export interface AlibabaAlihealthAsyncprescribePrescriptionSearchAsyncPrescribeSearchResponse {
  /** 处方号列表 */
  rx_nos?: string[];
  /** 第几页 */
  page_no?: Int64;
  /** 每页多少条 */
  page_size?: Int64;
  /** 总数量 */
  total?: Int64;
  /** 开始时间 */
  start_time?: Int64;
  /** 结束时间 */
  end_time?: Int64;
}

const REQUEST_SCHEMA = {
  search_request: {
    end_time: 'Number',
    start_time: 'Number',
    hospital_id: 'String',
    page_size: 'Number',
    page_no: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  service_result: {
    success: 'Boolean',
    err_message: 'String',
    err_code: 'String',
    data: {
      rx_nos: ['String'],
      page_no: 'Number',
      page_size: 'Number',
      total: 'Number',
      start_time: 'Number',
      end_time: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.asyncprescribe.prescription.search`: method, response root, request and response schemas. */
export const alibabaAlihealthAsyncprescribePrescriptionSearchOperation = {
  method: 'alibaba.alihealth.asyncprescribe.prescription.search',
  responseRoot: 'alibaba_alihealth_asyncprescribe_prescription_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 异步开方处方查询 — calls TOP method `alibaba.alihealth.asyncprescribe.prescription.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthAsyncprescribePrescriptionSearch(
  client: TopClient,
  request: AlibabaAlihealthAsyncprescribePrescriptionSearchRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthAsyncprescribePrescriptionSearchResponse> {
  return client.call<AlibabaAlihealthAsyncprescribePrescriptionSearchResponse>(
    {
      method: 'alibaba.alihealth.asyncprescribe.prescription.search',
      responseRoot: 'alibaba_alihealth_asyncprescribe_prescription_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
