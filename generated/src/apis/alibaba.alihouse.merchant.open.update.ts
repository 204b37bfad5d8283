// Generated from specs/alihouse/alibaba.alihouse.merchant.open.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.merchant.open.update` (非融合店进件升级成融合店). */
export interface AlibabaAlihouseMerchantOpenUpdateRequest {
  /** 经营主体ID */
  merchant_open_id: Int64Input;
  /** 法人证件有效期类型 */
  legal_cert_status?: Int64Input;
  /** 法人证件有效期时间 */
  legal_cert_expire_time?: string;
}

/** Response of `alibaba.alihouse.merchant.open.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseMerchantOpenUpdateResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseMerchantOpenUpdateResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.merchant.open.update`. */
export interface AlibabaAlihouseMerchantOpenUpdateResult {
  /** code */
  code?: string;
  /** 返回信息 */
  msg?: string;
  /** true或false */
  is_success?: boolean;
  /** 操作结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  merchant_open_id: 'Number',
  legal_cert_status: 'Number',
  legal_cert_expire_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.merchant.open.update`: method, response root, request and response schemas. */
export const alibabaAlihouseMerchantOpenUpdateOperation = {
  method: 'alibaba.alihouse.merchant.open.update',
  responseRoot: 'alibaba_alihouse_merchant_open_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 非融合店进件升级成融合店 — calls TOP method `alibaba.alihouse.merchant.open.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseMerchantOpenUpdate(
  client: TopClient,
  request: AlibabaAlihouseMerchantOpenUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseMerchantOpenUpdateResponse> {
  return client.call<AlibabaAlihouseMerchantOpenUpdateResponse>(
    {
      method: 'alibaba.alihouse.merchant.open.update',
      responseRoot: 'alibaba_alihouse_merchant_open_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
