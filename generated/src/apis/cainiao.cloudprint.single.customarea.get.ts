// Generated from specs/waybill/cainiao.cloudprint.single.customarea.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cloudprint.single.customarea.get` (获取商家单一自定义区). */
export interface CainiaoCloudprintSingleCustomareaGetRequest {
  /** 这是商家用户id */
  seller_id?: Int64Input;
}

/** Response of `cainiao.cloudprint.single.customarea.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCloudprintSingleCustomareaGetResponse {
  /** result */
  result?: CainiaoCloudprintSingleCustomareaGetCloudPrintBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrintBaseResult` of `cainiao.cloudprint.single.customarea.get`. */
export interface CainiaoCloudprintSingleCustomareaGetCloudPrintBaseResult {
  /** data */
  data?: CainiaoCloudprintSingleCustomareaGetCustomAreaSingleResult;
  /** errorCode */
  error_code?: string;
  /** 错误消息 */
  error_message?: string;
  /** success */
  success?: boolean;
}

/** `CustomAreaSingleResult` of `cainiao.cloudprint.single.customarea.get`. */
export interface CainiaoCloudprintSingleCustomareaGetCustomAreaSingleResult {
  /** 自定义区id */
  custom_area_id?: Int64;
  /** 自定义区内容的URL */
  custom_area_url?: string;
  /** keys */
  keys?: CainiaoCloudprintSingleCustomareaGetKeyResult[];
}

/** `KeyResult` of `cainiao.cloudprint.single.customarea.get`. */
export interface CainiaoCloudprintSingleCustomareaGetKeyResult {
  /** 动态key的名称 */
  key_name?: string;
}

const REQUEST_SCHEMA = {
  seller_id: 'Number',
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

/** Static description of `cainiao.cloudprint.single.customarea.get`: method, response root, request and response schemas. */
export const cainiaoCloudprintSingleCustomareaGetOperation = {
  method: 'cainiao.cloudprint.single.customarea.get',
  responseRoot: 'cainiao_cloudprint_single_customarea_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商家单一自定义区 — calls TOP method `cainiao.cloudprint.single.customarea.get`.
 *
 * 商家所有快递公司模板只有一个自定义区
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCloudprintSingleCustomareaGet(
  client: TopClient,
  request: CainiaoCloudprintSingleCustomareaGetRequest = {},
  options?: CallOptions,
): Promise<CainiaoCloudprintSingleCustomareaGetResponse> {
  return client.call<CainiaoCloudprintSingleCustomareaGetResponse>(
    {
      method: 'cainiao.cloudprint.single.customarea.get',
      responseRoot: 'cainiao_cloudprint_single_customarea_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
