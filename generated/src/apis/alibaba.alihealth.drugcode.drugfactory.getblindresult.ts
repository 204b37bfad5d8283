// Generated from specs/drugtrace/alibaba.alihealth.drugcode.drugfactory.getblindresult.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.drugfactory.getblindresult` (获取盲底文件处理结果). */
export interface AlibabaAlihealthDrugcodeDrugfactoryGetblindresultRequest {
  /** 企业id */
  ref_ent_id: string;
  /** 盲底文件名称 */
  blind_file_name: string;
}

/** Response of `alibaba.alihealth.drugcode.drugfactory.getblindresult`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeDrugfactoryGetblindresultResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthDrugcodeDrugfactoryGetblindresultTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.drugcode.drugfactory.getblindresult`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryGetblindresultTopResultModel {
  /** 返回结果 */
  model?: AlibabaAlihealthDrugcodeDrugfactoryGetblindresultBlindFileProcessResultDto;
  /** 调用结果 */
  msg_code?: string;
  /** 调用结果信息 */
  msg_info?: string;
}

/** `BlindFileProcessResultDto` of `alibaba.alihealth.drugcode.drugfactory.getblindresult`. */
export interface AlibabaAlihealthDrugcodeDrugfactoryGetblindresultBlindFileProcessResultDto {
  /** 企业名称 */
  ref_ent_id?: string;
  /** 文件名称 */
  blind_file_name?: string;
  /** 处理状态 (0:处理成功,1:处理失败,2:正在处理,3:待处理) */
  process_status?: string;
  /** 失败原因 */
  fail_reason?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  blind_file_name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      ref_ent_id: 'String',
      blind_file_name: 'String',
      process_status: 'String',
      fail_reason: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.drugfactory.getblindresult`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeDrugfactoryGetblindresultOperation = {
  method: 'alibaba.alihealth.drugcode.drugfactory.getblindresult',
  responseRoot: 'alibaba_alihealth_drugcode_drugfactory_getblindresult_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取盲底文件处理结果 — calls TOP method `alibaba.alihealth.drugcode.drugfactory.getblindresult`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeDrugfactoryGetblindresult(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeDrugfactoryGetblindresultRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeDrugfactoryGetblindresultResponse> {
  return client.call<AlibabaAlihealthDrugcodeDrugfactoryGetblindresultResponse>(
    {
      method: 'alibaba.alihealth.drugcode.drugfactory.getblindresult',
      responseRoot: 'alibaba_alihealth_drugcode_drugfactory_getblindresult_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
