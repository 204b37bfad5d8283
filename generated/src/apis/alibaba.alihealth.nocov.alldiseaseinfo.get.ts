// Generated from specs/alihealth2/alibaba.alihealth.nocov.alldiseaseinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.nocov.alldiseaseinfo.get` (获取全国疫情统计数据). */
export interface AlibabaAlihealthNocovAlldiseaseinfoGetRequest {
  /** 省的 */
  province?: string;
  /** 城市 */
  city?: string;
  /** 城市code */
  city_code?: string;
}

/** Response of `alibaba.alihealth.nocov.alldiseaseinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthNocovAlldiseaseinfoGetResponse {
  /** 返回全国疫情的统计数据 */
  data?: string;
  /** success */
  is_success?: boolean;
  /** errCode */
  biz_err_code?: string;
  /** errMessage */
  biz_err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  province: 'String',
  city: 'String',
  city_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'String',
  is_success: 'Boolean',
  biz_err_code: 'String',
  biz_err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.nocov.alldiseaseinfo.get`: method, response root, request and response schemas. */
export const alibabaAlihealthNocovAlldiseaseinfoGetOperation = {
  method: 'alibaba.alihealth.nocov.alldiseaseinfo.get',
  responseRoot: 'alibaba_alihealth_nocov_alldiseaseinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取全国疫情统计数据 — calls TOP method `alibaba.alihealth.nocov.alldiseaseinfo.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthNocovAlldiseaseinfoGet(
  client: TopClient,
  request: AlibabaAlihealthNocovAlldiseaseinfoGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthNocovAlldiseaseinfoGetResponse> {
  return client.call<AlibabaAlihealthNocovAlldiseaseinfoGetResponse>(
    {
      method: 'alibaba.alihealth.nocov.alldiseaseinfo.get',
      responseRoot: 'alibaba_alihealth_nocov_alldiseaseinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
