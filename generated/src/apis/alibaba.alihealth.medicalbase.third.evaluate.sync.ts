// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.third.evaluate.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.third.evaluate.sync` (三方评论信息同步). */
export interface AlibabaAlihealthMedicalbaseThirdEvaluateSyncRequest {
  /** 请求参数 */
  evaluate_request: AlibabaAlihealthMedicalbaseThirdEvaluateSyncMedicalBaseTopRequestDTOInput;
}

/** Response of `alibaba.alihealth.medicalbase.third.evaluate.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseThirdEvaluateSyncResponse {
  /** 返回信息 */
  result?: AlibabaAlihealthMedicalbaseThirdEvaluateSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MedicalBaseTopRequestDTO` of `alibaba.alihealth.medicalbase.third.evaluate.sync`. */
export interface AlibabaAlihealthMedicalbaseThirdEvaluateSyncMedicalBaseTopRequestDTOInput {
  /** 评论业务数据 */
  biz_content: string;
}

/** `Result` of `alibaba.alihealth.medicalbase.third.evaluate.sync`. */
export interface AlibabaAlihealthMedicalbaseThirdEvaluateSyncResult {
  /** 执行是否成功 true成功 false 失败 */
  success?: boolean;
  /** 错误编码 */
  err_code?: string;
  /** 错误信息 */
  err_message?: string;
  /** 响应数据 */
  data?: string;
}

const REQUEST_SCHEMA = {
  evaluate_request: {
    biz_content: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    err_code: 'String',
    err_message: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.medicalbase.third.evaluate.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseThirdEvaluateSyncOperation = {
  method: 'alibaba.alihealth.medicalbase.third.evaluate.sync',
  responseRoot: 'alibaba_alihealth_medicalbase_third_evaluate_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方评论信息同步 — calls TOP method `alibaba.alihealth.medicalbase.third.evaluate.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseThirdEvaluateSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseThirdEvaluateSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseThirdEvaluateSyncResponse> {
  return client.call<AlibabaAlihealthMedicalbaseThirdEvaluateSyncResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.third.evaluate.sync',
      responseRoot: 'alibaba_alihealth_medicalbase_third_evaluate_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
