// Generated from specs/alihealth2/alibaba.alihealth.medicalbase.third.order.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.medicalbase.third.order.sync` (第三方订单同步). */
export interface AlibabaAlihealthMedicalbaseThirdOrderSyncRequest {
  /** 请求参数 */
  order_request: AlibabaAlihealthMedicalbaseThirdOrderSyncMedicalBaseTopRequestDTOInput;
}

/** Response of `alibaba.alihealth.medicalbase.third.order.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthMedicalbaseThirdOrderSyncResponse {
  /** 返回信息 */
  result?: AlibabaAlihealthMedicalbaseThirdOrderSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MedicalBaseTopRequestDTO` of `alibaba.alihealth.medicalbase.third.order.sync`. */
export interface AlibabaAlihealthMedicalbaseThirdOrderSyncMedicalBaseTopRequestDTOInput {
  /** 订单业务数据 */
  biz_content: string;
}

/** `Result` of `alibaba.alihealth.medicalbase.third.order.sync`. */
export interface AlibabaAlihealthMedicalbaseThirdOrderSyncResult {
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
  order_request: {
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

/** Static description of `alibaba.alihealth.medicalbase.third.order.sync`: method, response root, request and response schemas. */
export const alibabaAlihealthMedicalbaseThirdOrderSyncOperation = {
  method: 'alibaba.alihealth.medicalbase.third.order.sync',
  responseRoot: 'alibaba_alihealth_medicalbase_third_order_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第三方订单同步 — calls TOP method `alibaba.alihealth.medicalbase.third.order.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthMedicalbaseThirdOrderSync(
  client: TopClient,
  request: AlibabaAlihealthMedicalbaseThirdOrderSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthMedicalbaseThirdOrderSyncResponse> {
  return client.call<AlibabaAlihealthMedicalbaseThirdOrderSyncResponse>(
    {
      method: 'alibaba.alihealth.medicalbase.third.order.sync',
      responseRoot: 'alibaba_alihealth_medicalbase_third_order_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
