// Generated from specs/einvoice/alibaba.einvoice.merchant.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.merchant.delete` (发票中台-同平台取消授权税号适用商户). */
export interface AlibabaEinvoiceMerchantDeleteRequest {
  /**
   * 验证码，商户首次绑定已入驻税号接口返回的taxToken
   *
   * Max length: 512
   */
  tax_token: string;
  /**
   * 业务方发起删除商户的唯一幂等ID, 由业务方生成。只能由字母和数字组成。
   *
   * Max length: 20
   */
  outer_id: string;
  /**
   * 业务平台商户ID
   *
   * Max length: 64
   */
  merchant_user_id: string;
  /**
   * 业务平台code, 由阿里发票分配
   *
   * Max length: 8
   */
  platform_code: string;
  /** 税号 */
  payee_register_no: string;
}

/** Response of `alibaba.einvoice.merchant.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceMerchantDeleteResponse {
  /** 删除成功的业务平台商户ID */
  merchant_user_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  tax_token: 'String',
  outer_id: 'String',
  merchant_user_id: 'String',
  platform_code: 'String',
  payee_register_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  merchant_user_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.merchant.delete`: method, response root, request and response schemas. */
export const alibabaEinvoiceMerchantDeleteOperation = {
  method: 'alibaba.einvoice.merchant.delete',
  responseRoot: 'alibaba_einvoice_merchant_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票中台-同平台取消授权税号适用商户 — calls TOP method `alibaba.einvoice.merchant.delete`.
 *
 * 税号授权给同平台下其他商户使用后，可以使用此接口取消授权，被取消授权的商户失去开票能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceMerchantDelete(
  client: TopClient,
  request: AlibabaEinvoiceMerchantDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceMerchantDeleteResponse> {
  return client.call<AlibabaEinvoiceMerchantDeleteResponse>(
    {
      method: 'alibaba.einvoice.merchant.delete',
      responseRoot: 'alibaba_einvoice_merchant_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
