// Generated from specs/alihealth2/alibaba.alihealth.tracecodeplatform.code.entscan.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.tracecodeplatform.code.entscan` (药品商家扫码). */
export interface AlibabaAlihealthTracecodeplatformCodeEntscanRequest {
  /** 药监码 */
  code: string;
  /** 不同企业有不同的标识 */
  service_flag: string;
}

/** Response of `alibaba.alihealth.tracecodeplatform.code.entscan`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthTracecodeplatformCodeEntscanResponse {
  /** result */
  result?: AlibabaAlihealthTracecodeplatformCodeEntscanTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.tracecodeplatform.code.entscan`. */
export interface AlibabaAlihealthTracecodeplatformCodeEntscanTopResultModel {
  /** model */
  model?: AlibabaAlihealthTracecodeplatformCodeEntscanDrugInfoDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
}

/** `DrugInfoDto` of `alibaba.alihealth.tracecodeplatform.code.entscan`. */
export interface AlibabaAlihealthTracecodeplatformCodeEntscanDrugInfoDto {
  /** 药品过期日期 */
  expiry_date?: string;
  /** 药品通用名 */
  drug_name?: string;
  /** 生产批号 */
  production_batch?: string;
  /** 药监码 */
  code?: string;
  /** 规格 */
  specifications?: string;
  /** 包装 */
  pkg_spec?: string;
  /** 剂型 */
  prepn_type?: string;
  /** 生产企业名称 */
  ent_name?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  service_flag: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      expiry_date: 'String',
      drug_name: 'String',
      production_batch: 'String',
      code: 'String',
      specifications: 'String',
      pkg_spec: 'String',
      prepn_type: 'String',
      ent_name: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.tracecodeplatform.code.entscan`: method, response root, request and response schemas. */
export const alibabaAlihealthTracecodeplatformCodeEntscanOperation = {
  method: 'alibaba.alihealth.tracecodeplatform.code.entscan',
  responseRoot: 'alibaba_alihealth_tracecodeplatform_code_entscan_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 药品商家扫码 — calls TOP method `alibaba.alihealth.tracecodeplatform.code.entscan`.
 *
 * 药品商家扫描药品监管码，只有该商家的药才返回
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthTracecodeplatformCodeEntscan(
  client: TopClient,
  request: AlibabaAlihealthTracecodeplatformCodeEntscanRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthTracecodeplatformCodeEntscanResponse> {
  return client.call<AlibabaAlihealthTracecodeplatformCodeEntscanResponse>(
    {
      method: 'alibaba.alihealth.tracecodeplatform.code.entscan',
      responseRoot: 'alibaba_alihealth_tracecodeplatform_code_entscan_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
