// Generated from specs/alihouse/alibaba.alihouse.merchant.enterprise.entry.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.merchant.enterprise.entry` (机构入驻). */
export interface AlibabaAlihouseMerchantEnterpriseEntryRequest {
  /** 是否测试 0-否 1-是 */
  is_test?: number;
  /** KA名称 */
  name?: string;
  /** 旗舰店nick */
  nick?: string;
  /** 外部旗舰店ID */
  outer_id?: string;
  /** 店铺类型：1-渠道店 2-官店 */
  store_type?: Int64Input;
  /** 店铺电话 */
  store_phone?: string;
}

/** Response of `alibaba.alihouse.merchant.enterprise.entry`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseMerchantEnterpriseEntryResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseMerchantEnterpriseEntryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.alihouse.merchant.enterprise.entry`. */
export interface AlibabaAlihouseMerchantEnterpriseEntryResult {
  /** 返回素材id */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  is_test: 'byte',
  name: 'String',
  nick: 'String',
  outer_id: 'String',
  store_type: 'Number',
  store_phone: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.merchant.enterprise.entry`: method, response root, request and response schemas. */
export const alibabaAlihouseMerchantEnterpriseEntryOperation = {
  method: 'alibaba.alihouse.merchant.enterprise.entry',
  responseRoot: 'alibaba_alihouse_merchant_enterprise_entry_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机构入驻 — calls TOP method `alibaba.alihouse.merchant.enterprise.entry`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseMerchantEnterpriseEntry(
  client: TopClient,
  request: AlibabaAlihouseMerchantEnterpriseEntryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseMerchantEnterpriseEntryResponse> {
  return client.call<AlibabaAlihouseMerchantEnterpriseEntryResponse>(
    {
      method: 'alibaba.alihouse.merchant.enterprise.entry',
      responseRoot: 'alibaba_alihouse_merchant_enterprise_entry_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
