// Generated from specs/waybill/cainiao.cloudprint.customares.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cloudprint.customares.get` (获取商家的自定义区模板信息). */
export interface CainiaoCloudprintCustomaresGetRequest {
  /** 用户使用的标准模板id */
  template_id: Int64Input;
}

/** Response of `cainiao.cloudprint.customares.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCloudprintCustomaresGetResponse {
  /** 结果 */
  result?: CainiaoCloudprintCustomaresGetCloudPrintBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrintBaseResult` of `cainiao.cloudprint.customares.get`. */
export interface CainiaoCloudprintCustomaresGetCloudPrintBaseResult {
  /** 数据 */
  datas?: CainiaoCloudprintCustomaresGetCustomAreaResult[];
  /** 系统自动生成 */
  error_code?: string;
  /** 系统自动生成 */
  error_message?: string;
  /** 系统自动生成 */
  success?: boolean;
}

/** `CustomAreaResult` of `cainiao.cloudprint.customares.get`. */
export interface CainiaoCloudprintCustomaresGetCustomAreaResult {
  /** 自定义区id */
  custom_area_id?: Int64;
  /** 自定义区url */
  custom_area_url?: string;
  /** keys */
  keys?: CainiaoCloudprintCustomaresGetKeyResult[];
}

/** `KeyResult` of `cainiao.cloudprint.customares.get`. */
export interface CainiaoCloudprintCustomaresGetKeyResult {
  /** key名称 */
  key_name?: string;
}

const REQUEST_SCHEMA = {
  template_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    datas: [
      {
        custom_area_id: 'Number',
        custom_area_url: 'String',
        keys: [
          {
            key_name: 'String',
          },
        ],
      },
    ],
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cloudprint.customares.get`: method, response root, request and response schemas. */
export const cainiaoCloudprintCustomaresGetOperation = {
  method: 'cainiao.cloudprint.customares.get',
  responseRoot: 'cainiao_cloudprint_customares_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商家的自定义区模板信息 — calls TOP method `cainiao.cloudprint.customares.get`.
 *
 * 供isv使用，获取商家的自定义区的模板信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCloudprintCustomaresGet(
  client: TopClient,
  request: CainiaoCloudprintCustomaresGetRequest,
  options?: CallOptions,
): Promise<CainiaoCloudprintCustomaresGetResponse> {
  return client.call<CainiaoCloudprintCustomaresGetResponse>(
    {
      method: 'cainiao.cloudprint.customares.get',
      responseRoot: 'cainiao_cloudprint_customares_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
