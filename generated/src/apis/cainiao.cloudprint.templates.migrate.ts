// Generated from specs/waybill/cainiao.cloudprint.templates.migrate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cloudprint.templates.migrate` (云打印模板迁移接口). */
export interface CainiaoCloudprintTemplatesMigrateRequest {
  /** 标准电子面单模板的id */
  tempalte_id?: Int64Input;
  /** 自定义区名称 */
  custom_area_name?: string;
  /** 自定义区内容 */
  custom_area_content?: string;
}

/** Response of `cainiao.cloudprint.templates.migrate`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCloudprintTemplatesMigrateResponse {
  /** result */
  result?: CainiaoCloudprintTemplatesMigrateCloudPrintBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CloudPrintBaseResult` of `cainiao.cloudprint.templates.migrate`. */
export interface CainiaoCloudprintTemplatesMigrateCloudPrintBaseResult {
  /** data */
  data?: CainiaoCloudprintTemplatesMigrateCustomAreaResult;
  /** errorCode */
  error_code?: string;
  /** errorMessage */
  error_message?: string;
  /** success */
  success?: boolean;
}

/** `CustomAreaResult` of `cainiao.cloudprint.templates.migrate`. */
export interface CainiaoCloudprintTemplatesMigrateCustomAreaResult {
  /** 自定义区id */
  custom_area_id?: Int64;
  /** 自定义区名称 */
  custom_area_name?: string;
  /** 自定义区url */
  custom_area_url?: string;
  /** 变量 */
  keys?: CainiaoCloudprintTemplatesMigrateKeyResult[];
  /** 标准模板名称 */
  standard_template_id?: Int64;
  /** 标准模板url */
  standard_template_url?: string;
  /** 用户模板id，等同于mystdtemplates.get中返回的用户模板id */
  user_template_id?: Int64;
}

/** `KeyResult` of `cainiao.cloudprint.templates.migrate`. */
export interface CainiaoCloudprintTemplatesMigrateKeyResult {
  /** 变量名称 */
  key_name?: string;
}

const REQUEST_SCHEMA = {
  tempalte_id: 'Number',
  custom_area_name: 'String',
  custom_area_content: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      custom_area_id: 'Number',
      custom_area_name: 'String',
      custom_area_url: 'String',
      keys: [
        {
          key_name: 'String',
        },
      ],
      standard_template_id: 'Number',
      standard_template_url: 'String',
      user_template_id: 'Number',
    },
    error_code: 'String',
    error_message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cloudprint.templates.migrate`: method, response root, request and response schemas. */
export const cainiaoCloudprintTemplatesMigrateOperation = {
  method: 'cainiao.cloudprint.templates.migrate',
  responseRoot: 'cainiao_cloudprint_templates_migrate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 云打印模板迁移接口 — calls TOP method `cainiao.cloudprint.templates.migrate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCloudprintTemplatesMigrate(
  client: TopClient,
  request: CainiaoCloudprintTemplatesMigrateRequest = {},
  options?: CallOptions,
): Promise<CainiaoCloudprintTemplatesMigrateResponse> {
  return client.call<CainiaoCloudprintTemplatesMigrateResponse>(
    {
      method: 'cainiao.cloudprint.templates.migrate',
      responseRoot: 'cainiao_cloudprint_templates_migrate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
