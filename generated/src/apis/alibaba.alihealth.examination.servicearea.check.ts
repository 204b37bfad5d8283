// Generated from specs/examination/alibaba.alihealth.examination.servicearea.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.examination.servicearea.check` (体检机构对接_上门检测服务范围查询). */
export interface AlibabaAlihealthExaminationServiceareaCheckRequest {
  /** 机构套餐编码 */
  package_code: string;
  /** 上门检测地址 */
  address?: string;
  /** 上门检测地址纬度 */
  latitude: string;
  /** 上门检测地址经度 */
  longitude: string;
  /** 省份名称（高德） */
  province?: string;
  /** 省份编码（高德adcode） */
  province_code?: string;
  /** 城市名称（高德） */
  city?: string;
  /** 城市编码（高德adcode） */
  city_code?: string;
  /** 区域名称（高德） */
  district?: string;
  /** 区域编码（高德adcode） */
  district_code?: string;
}

/** Response of `alibaba.alihealth.examination.servicearea.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthExaminationServiceareaCheckResponse {
  /** 校验结果：校验成功、校验失败 */
  message?: string;
  /** 校验结果编码，校验成功200、校验失败400 */
  response_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  package_code: 'String',
  address: 'String',
  latitude: 'String',
  longitude: 'String',
  province: 'String',
  province_code: 'String',
  city: 'String',
  city_code: 'String',
  district: 'String',
  district_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  response_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.examination.servicearea.check`: method, response root, request and response schemas. */
export const alibabaAlihealthExaminationServiceareaCheckOperation = {
  method: 'alibaba.alihealth.examination.servicearea.check',
  responseRoot: 'alibaba_alihealth_examination_servicearea_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 体检机构对接_上门检测服务范围查询 — calls TOP method `alibaba.alihealth.examination.servicearea.check`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthExaminationServiceareaCheck(
  client: TopClient,
  request: AlibabaAlihealthExaminationServiceareaCheckRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthExaminationServiceareaCheckResponse> {
  return client.call<AlibabaAlihealthExaminationServiceareaCheckResponse>(
    {
      method: 'alibaba.alihealth.examination.servicearea.check',
      responseRoot: 'alibaba_alihealth_examination_servicearea_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
