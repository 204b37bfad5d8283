// Generated from specs/waybill/cainiao.cloudprint.isvtemplates.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cloudprint.isvtemplates.get` (获取商家使用的标准模板). */
export interface CainiaoCloudprintIsvtemplatesGetRequest {}

/** Response of `cainiao.cloudprint.isvtemplates.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCloudprintIsvtemplatesGetResponse {
  /** result */
  result?: CainiaoCloudprintIsvtemplatesGetCloudPrintBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrintBaseResult` of `cainiao.cloudprint.isvtemplates.get`. */
export interface CainiaoCloudprintIsvtemplatesGetCloudPrintBaseResult {
  /** data */
  datas?: CainiaoCloudprintIsvtemplatesGetCustomTemplateResult[];
  /** 错误码 */
  error_code?: string;
  /** 错误消息 */
  error_message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `CustomTemplateResult` of `cainiao.cloudprint.isvtemplates.get`. */
export interface CainiaoCloudprintIsvtemplatesGetCustomTemplateResult {
  /** isv模板的id */
  isv_template_id?: Int64;
  /** isv模板的名称 */
  isv_template_name?: string;
  /** isv模板的url */
  isv_template_url?: string;
  /** 模板的keys */
  keys?: CainiaoCloudprintIsvtemplatesGetKeyResult[];
  /** 版本号 */
  version?: string;
}

/** `KeyResult` of `cainiao.cloudprint.isvtemplates.get`. */
export interface CainiaoCloudprintIsvtemplatesGetKeyResult {
  /** key名称 */
  key_name?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    datas: [
      {
        isv_template_id: 'Number',
        isv_template_name: 'String',
        isv_template_url: 'String',
        keys: [
          {
            key_name: 'String',
          },
        ],
        version: 'String',
      },
    ],
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cloudprint.isvtemplates.get`: method, response root, request and response schemas. */
export const cainiaoCloudprintIsvtemplatesGetOperation = {
  method: 'cainiao.cloudprint.isvtemplates.get',
  responseRoot: 'cainiao_cloudprint_isvtemplates_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取商家使用的标准模板 — calls TOP method `cainiao.cloudprint.isvtemplates.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCloudprintIsvtemplatesGet(
  client: TopClient,
  request: CainiaoCloudprintIsvtemplatesGetRequest = {},
  options?: CallOptions,
): Promise<CainiaoCloudprintIsvtemplatesGetResponse> {
  return client.call<CainiaoCloudprintIsvtemplatesGetResponse>(
    {
      method: 'cainiao.cloudprint.isvtemplates.get',
      responseRoot: 'cainiao_cloudprint_isvtemplates_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
