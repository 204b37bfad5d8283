// Generated from specs/alihealth2/alibaba.alihealth.store.certificate.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.store.certificate.create` (仓库换证审批). */
export interface AlibabaAlihealthStoreCertificateCreateRequest {
  /** 仓库code */
  store_code?: string;
  /** 审批业务类型 */
  audit_type?: string;
  /** 审批内容 */
  content?: string;
  /** 业务单号 */
  biz_no?: string;
}

/** Response of `alibaba.alihealth.store.certificate.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthStoreCertificateCreateResponse {
  /** 出参 */
  result?: AlibabaAlihealthStoreCertificateCreateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihealth.store.certificate.create`. */
export interface AlibabaAlihealthStoreCertificateCreateResult {
  /** 状态 */
  status?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 创建审批流是否成功 */
  module?: boolean;
}

const REQUEST_SCHEMA = {
  store_code: 'String',
  audit_type: 'String',
  content: 'String',
  biz_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    status: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    module: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.store.certificate.create`: method, response root, request and response schemas. */
export const alibabaAlihealthStoreCertificateCreateOperation = {
  method: 'alibaba.alihealth.store.certificate.create',
  responseRoot: 'alibaba_alihealth_store_certificate_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 仓库换证审批 — calls TOP method `alibaba.alihealth.store.certificate.create`.
 *
 * 仓库侧换证发起审批
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthStoreCertificateCreate(
  client: TopClient,
  request: AlibabaAlihealthStoreCertificateCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthStoreCertificateCreateResponse> {
  return client.call<AlibabaAlihealthStoreCertificateCreateResponse>(
    {
      method: 'alibaba.alihealth.store.certificate.create',
      responseRoot: 'alibaba_alihealth_store_certificate_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
