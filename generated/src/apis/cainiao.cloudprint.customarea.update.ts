// Generated from specs/waybill/cainiao.cloudprint.customarea.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cloudprint.customarea.update` (自定义区内容更新). */
export interface CainiaoCloudprintCustomareaUpdateRequest {
  /** 自定义区id（不可修改） */
  custom_area_id: Int64Input;
  /** 自定义区名称（可修改） */
  custom_area_name: string;
  /** 自定义区内容（可修改） */
  custom_area_content: string;
}

/** Response of `cainiao.cloudprint.customarea.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCloudprintCustomareaUpdateResponse {
  /** result */
  result?: CainiaoCloudprintCustomareaUpdateCloudPrintBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrintBaseResult` of `cainiao.cloudprint.customarea.update`. */
export interface CainiaoCloudprintCustomareaUpdateCloudPrintBaseResult {
  /** data */
  data?: CainiaoCloudprintCustomareaUpdateCustomAreaResult;
  /** errorCode */
  error_code?: string;
  /** errorMessage */
  error_message?: string;
  /** success */
  success?: boolean;
}

/** `CustomAreaResult` of `cainiao.cloudprint.customarea.update`. */
export interface CainiaoCloudprintCustomareaUpdateCustomAreaResult {
  /** customAreaId */
  custom_area_id?: Int64;
  /** customAreaUrl */
  custom_area_url?: string;
  /** keys */
  keys?: CainiaoCloudprintCustomareaUpdateKeyResult[];
}

/** `KeyResult` of `cainiao.cloudprint.customarea.update`. */
export interface CainiaoCloudprintCustomareaUpdateKeyResult {
  /** keyName */
  key_name?: string;
}

const REQUEST_SCHEMA = {
  custom_area_id: 'Number',
  custom_area_name: 'String',
  custom_area_content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      custom_area_id: 'Number',
      custom_area_url: 'String',
      keys: [
        {
          key_name: 'String',
        },
      ],
    },
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cloudprint.customarea.update`: method, response root, request and response schemas. */
export const cainiaoCloudprintCustomareaUpdateOperation = {
  method: 'cainiao.cloudprint.customarea.update',
  responseRoot: 'cainiao_cloudprint_customarea_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自定义区内容更新 — calls TOP method `cainiao.cloudprint.customarea.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCloudprintCustomareaUpdate(
  client: TopClient,
  request: CainiaoCloudprintCustomareaUpdateRequest,
  options?: CallOptions,
): Promise<CainiaoCloudprintCustomareaUpdateResponse> {
  return client.call<CainiaoCloudprintCustomareaUpdateResponse>(
    {
      method: 'cainiao.cloudprint.customarea.update',
      responseRoot: 'cainiao_cloudprint_customarea_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
