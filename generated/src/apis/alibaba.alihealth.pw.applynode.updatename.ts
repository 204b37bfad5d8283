// Generated from specs/alihealthpw/alibaba.alihealth.pw.applynode.updatename.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.applynode.updatename` (回调变更患者姓名). */
export interface AlibabaAlihealthPwApplynodeUpdatenameRequest {
  /** 回调入参 */
  body?: AlibabaAlihealthPwApplynodeUpdatenameModifyNameRoInput;
}

/** Response of `alibaba.alihealth.pw.applynode.updatename`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwApplynodeUpdatenameResponse {
  /** pap项目状态码 */
  pap_code?: string;
  /** pap项目状态描述 */
  pap_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ModifyNameRo` of `alibaba.alihealth.pw.applynode.updatename`. */
export interface AlibabaAlihealthPwApplynodeUpdatenameModifyNameRoInput {
  /** 患者姓名 */
  patient_name?: string;
  /** 修改时间 */
  modify_time?: string;
  /** 用户唯一编码 */
  user_unique_code?: string;
  /** 三方项目id */
  project_third_id?: string;
}

const REQUEST_SCHEMA = {
  body: {
    patient_name: 'String',
    modify_time: 'String',
    user_unique_code: 'String',
    project_third_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  pap_code: 'String',
  pap_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.applynode.updatename`: method, response root, request and response schemas. */
export const alibabaAlihealthPwApplynodeUpdatenameOperation = {
  method: 'alibaba.alihealth.pw.applynode.updatename',
  responseRoot: 'alibaba_alihealth_pw_applynode_updatename_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回调变更患者姓名 — calls TOP method `alibaba.alihealth.pw.applynode.updatename`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwApplynodeUpdatename(
  client: TopClient,
  request: AlibabaAlihealthPwApplynodeUpdatenameRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwApplynodeUpdatenameResponse> {
  return client.call<AlibabaAlihealthPwApplynodeUpdatenameResponse>(
    {
      method: 'alibaba.alihealth.pw.applynode.updatename',
      responseRoot: 'alibaba_alihealth_pw_applynode_updatename_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
