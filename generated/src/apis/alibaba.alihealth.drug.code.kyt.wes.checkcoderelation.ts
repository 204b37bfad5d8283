// Generated from specs/drugtrace/alibaba.alihealth.drug.code.kyt.wes.checkcoderelation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drug.code.kyt.wes.checkcoderelation` (检查输入的码之间是否有上下级关系). */
export interface AlibabaAlihealthDrugCodeKytWesCheckcoderelationRequest {
  /** 企业refentid */
  ref_ent_id: string;
  /** 服务校验的token */
  license_token: string;
  /** 多个码用英文逗号分隔 */
  codes: string;
}

/** Response of `alibaba.alihealth.drug.code.kyt.wes.checkcoderelation`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugCodeKytWesCheckcoderelationResponse {
  /** 返回的码的结果 */
  model?: AlibabaAlihealthDrugCodeKytWesCheckcoderelationWesCodeRelationDTO[];
  /** 返回信息 */
  msg_info?: string;
  /** 返回码 */
  msg_code?: string;
  /** 调用是否成功 */
  response_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WesCodeRelationDTO` of `alibaba.alihealth.drug.code.kyt.wes.checkcoderelation`. */
export interface AlibabaAlihealthDrugCodeKytWesCheckcoderelationWesCodeRelationDTO {
  /** 存在上下级关系时返回下级码 */
  code?: string;
  /** 存在上下级关系时返回上级码 */
  parent_code?: string;
}

const REQUEST_SCHEMA = {
  ref_ent_id: 'String',
  license_token: 'String',
  codes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: [
    {
      code: 'String',
      parent_code: 'String',
    },
  ],
  msg_info: 'String',
  msg_code: 'String',
  response_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drug.code.kyt.wes.checkcoderelation`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugCodeKytWesCheckcoderelationOperation = {
  method: 'alibaba.alihealth.drug.code.kyt.wes.checkcoderelation',
  responseRoot: 'alibaba_alihealth_drug_code_kyt_wes_checkcoderelation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 检查输入的码之间是否有上下级关系 — calls TOP method `alibaba.alihealth.drug.code.kyt.wes.checkcoderelation`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugCodeKytWesCheckcoderelation(
  client: TopClient,
  request: AlibabaAlihealthDrugCodeKytWesCheckcoderelationRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugCodeKytWesCheckcoderelationResponse> {
  return client.call<AlibabaAlihealthDrugCodeKytWesCheckcoderelationResponse>(
    {
      method: 'alibaba.alihealth.drug.code.kyt.wes.checkcoderelation',
      responseRoot: 'alibaba_alihealth_drug_code_kyt_wes_checkcoderelation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
