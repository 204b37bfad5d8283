// Generated from specs/alihealth2/alibaba.alihealth.ms.area.province.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.ms.area.province.list` (疫苗预约省份列表查询). */
export interface AlibabaAlihealthMsAreaProvinceListRequest {}

/** Response of `alibaba.alihealth.ms.area.province.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMsAreaProvinceListResponse {
  /** result */
  result?: AlibabaAlihealthMsAreaProvinceListServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.ms.area.province.list`. */
export interface AlibabaAlihealthMsAreaProvinceListServiceResult {
  /** success */
  success?: boolean;
  /** errMessage */
  err_message?: string;
  /** errCode */
  err_code?: string;
  /** data */
  division_list?: AlibabaAlihealthMsAreaProvinceListDivisionDto[];
}

/** `DivisionDto` of `alibaba.alihealth.ms.area.province.list`. */
export interface AlibabaAlihealthMsAreaProvinceListDivisionDto {
  /** divisionName */
  division_name?: string;
  /** divisionId */
  division_id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_message: 'String',
    err_code: 'String',
    division_list: [
      {
        division_name: 'String',
        division_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.ms.area.province.list`: method, response root, request and response schemas. */
export const alibabaAlihealthMsAreaProvinceListOperation = {
  method: 'alibaba.alihealth.ms.area.province.list',
  responseRoot: 'alibaba_alihealth_ms_area_province_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 疫苗预约省份列表查询 — calls TOP method `alibaba.alihealth.ms.area.province.list`.
 *
 * 微信小程序疫苗预约省份列表查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMsAreaProvinceList(
  client: TopClient,
  request: AlibabaAlihealthMsAreaProvinceListRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthMsAreaProvinceListResponse> {
  return client.call<AlibabaAlihealthMsAreaProvinceListResponse>(
    {
      method: 'alibaba.alihealth.ms.area.province.list',
      responseRoot: 'alibaba_alihealth_ms_area_province_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
