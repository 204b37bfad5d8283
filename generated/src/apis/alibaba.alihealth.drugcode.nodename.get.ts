// Generated from specs/drugtrace/alibaba.alihealth.drugcode.nodename.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.drugcode.nodename.get` (根据码获取机构名称). */
export interface AlibabaAlihealthDrugcodeNodenameGetRequest {
  /** 追溯码 */
  code: string;
  /** 企业id */
  ref_ent_id: string;
}

/** Response of `alibaba.alihealth.drugcode.nodename.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDrugcodeNodenameGetResponse {
  /** 返回值 */
  model?: AlibabaAlihealthDrugcodeNodenameGetDrugScancodeFlowLogDTO[];
  /** 备注 */
  msg_info?: string;
  /** 编码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DrugScancodeFlowLogDTO` of `alibaba.alihealth.drugcode.nodename.get`. */
export interface AlibabaAlihealthDrugcodeNodenameGetDrugScancodeFlowLogDTO {
  /** 追溯码 */
  code?: string;
  /** 企业名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  code: 'String',
  ref_ent_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: [
    {
      code: 'String',
      name: 'String',
    },
  ],
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.drugcode.nodename.get`: method, response root, request and response schemas. */
export const alibabaAlihealthDrugcodeNodenameGetOperation = {
  method: 'alibaba.alihealth.drugcode.nodename.get',
  responseRoot: 'alibaba_alihealth_drugcode_nodename_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据码获取机构名称 — calls TOP method `alibaba.alihealth.drugcode.nodename.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDrugcodeNodenameGet(
  client: TopClient,
  request: AlibabaAlihealthDrugcodeNodenameGetRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthDrugcodeNodenameGetResponse> {
  return client.call<AlibabaAlihealthDrugcodeNodenameGetResponse>(
    {
      method: 'alibaba.alihealth.drugcode.nodename.get',
      responseRoot: 'alibaba_alihealth_drugcode_nodename_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
