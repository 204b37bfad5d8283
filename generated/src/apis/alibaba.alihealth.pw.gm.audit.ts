// Generated from specs/alihealthpw/alibaba.alihealth.pw.gm.audit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.pw.gm.audit` (同情用药审核接口). */
export interface AlibabaAlihealthPwGmAuditRequest {
  /** 入参 */
  body?: AlibabaAlihealthPwGmAuditAuditReqInput;
}

/** Response of `alibaba.alihealth.pw.gm.audit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthPwGmAuditResponse {
  /** 返回值 */
  result?: AlibabaAlihealthPwGmAuditResponseMessage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AuditReq` of `alibaba.alihealth.pw.gm.audit`. */
export interface AlibabaAlihealthPwGmAuditAuditReqInput {
  /** 审核时间 */
  audit_time?: string;
  /** 申请单唯一编码 */
  apply_unique_code: string;
  /** 审核状态 */
  audit_status?: string;
  /** 医院信息 */
  hospital_address?: string;
  /** 治疗时间 */
  treat_time?: string;
  /** 审核意见 */
  audit_remark?: string;
}

/** `ResponseMessage` of `alibaba.alihealth.pw.gm.audit`. */
export interface AlibabaAlihealthPwGmAuditResponseMessage {
  /** 状态码 */
  code?: string;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  body: {
    audit_time: 'String',
    apply_unique_code: 'String',
    audit_status: 'String',
    hospital_address: 'String',
    treat_time: 'String',
    audit_remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.pw.gm.audit`: method, response root, request and response schemas. */
export const alibabaAlihealthPwGmAuditOperation = {
  method: 'alibaba.alihealth.pw.gm.audit',
  responseRoot: 'alibaba_alihealth_pw_gm_audit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同情用药审核接口 — calls TOP method `alibaba.alihealth.pw.gm.audit`.
 *
 * 同情用药审核接口，提供给合作方审核申请单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthPwGmAudit(
  client: TopClient,
  request: AlibabaAlihealthPwGmAuditRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthPwGmAuditResponse> {
  return client.call<AlibabaAlihealthPwGmAuditResponse>(
    {
      method: 'alibaba.alihealth.pw.gm.audit',
      responseRoot: 'alibaba_alihealth_pw_gm_audit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
