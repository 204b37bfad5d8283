// Generated from specs/alicom/alibaba.aliqin.axb.vendor.exception.no.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aliqin.axb.vendor.exception.no.sync` (中心化供应商异常号码状态同步接口). */
export interface AlibabaAliqinAxbVendorExceptionNoSyncRequest {
  /** 异常的中间号码 */
  secret_no?: string;
  /** 异常的原因 */
  exception_msg?: string;
  /** 0-异常状态 1-可恢复正常使用 */
  status?: Int64Input;
  /** 供应商KEY */
  vendor_key?: string;
}

/** Response of `alibaba.aliqin.axb.vendor.exception.no.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAliqinAxbVendorExceptionNoSyncResponse {
  /** result */
  result?: AlibabaAliqinAxbVendorExceptionNoSyncResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alibaba.aliqin.axb.vendor.exception.no.sync`. */
export interface AlibabaAliqinAxbVendorExceptionNoSyncResponse2 {
  /** 错误信息,OK代表受理成功 */
  message?: string;
  /** module */
  module?: boolean;
  /** 错误码,OK代表受理成功 */
  code?: string;
}

const REQUEST_SCHEMA = {
  secret_no: 'String',
  exception_msg: 'String',
  status: 'Number',
  vendor_key: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    module: 'Boolean',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aliqin.axb.vendor.exception.no.sync`: method, response root, request and response schemas. */
export const alibabaAliqinAxbVendorExceptionNoSyncOperation = {
  method: 'alibaba.aliqin.axb.vendor.exception.no.sync',
  responseRoot: 'alibaba_aliqin_axb_vendor_exception_no_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 中心化供应商异常号码状态同步接口 — calls TOP method `alibaba.aliqin.axb.vendor.exception.no.sync`.
 *
 * 用于中心化供应商同步异常号码
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAliqinAxbVendorExceptionNoSync(
  client: TopClient,
  request: AlibabaAliqinAxbVendorExceptionNoSyncRequest = {},
  options?: CallOptions,
): Promise<AlibabaAliqinAxbVendorExceptionNoSyncResponse> {
  return client.call<AlibabaAliqinAxbVendorExceptionNoSyncResponse>(
    {
      method: 'alibaba.aliqin.axb.vendor.exception.no.sync',
      responseRoot: 'alibaba_aliqin_axb_vendor_exception_no_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
