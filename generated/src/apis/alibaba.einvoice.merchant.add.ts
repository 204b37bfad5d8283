// Generated from specs/einvoice/alibaba.einvoice.merchant.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.einvoice.merchant.add` (发票中台-同平台授权税号适用商户). */
export interface AlibabaEinvoiceMerchantAddRequest {
  /**
   * 验证码，门店绑定已入驻税号接口返回的taxToken
   *
   * Max length: 512
   */
  tax_token: string;
  /**
   * 业务方发起新增门店的唯一幂等ID, 由业务方生成。只能由字母和数字组成。
   *
   * Max length: 20
   */
  outer_id: string;
  /**
   * 业务平台门店ID
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
  /**
   * 税务登记号
   *
   * Max length: 20
   */
  payee_register_no: string;
  /**
   * 业务平台门店名称
   *
   * Max length: 100
   */
  merchant_name: string;
  /**
   * 税盘列表
   *
   * Max list size: 100
   */
  device_ids?: string[];
}

/** Response of `alibaba.einvoice.merchant.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEinvoiceMerchantAddResponse {
  /** 新增成功的业务平台门店ID */
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
  merchant_name: 'String',
  device_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  merchant_user_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.einvoice.merchant.add`: method, response root, request and response schemas. */
export const alibabaEinvoiceMerchantAddOperation = {
  method: 'alibaba.einvoice.merchant.add',
  responseRoot: 'alibaba_einvoice_merchant_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发票中台-同平台授权税号适用商户 — calls TOP method `alibaba.einvoice.merchant.add`.
 *
 * 适用于以下场景：
 * 业务税号入驻成功后，需要将税号授权给同平台下其他商户，使得其他商户也具备开票能力
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEinvoiceMerchantAdd(
  client: TopClient,
  request: AlibabaEinvoiceMerchantAddRequest,
  options?: CallOptions,
): Promise<AlibabaEinvoiceMerchantAddResponse> {
  return client.call<AlibabaEinvoiceMerchantAddResponse>(
    {
      method: 'alibaba.einvoice.merchant.add',
      responseRoot: 'alibaba_einvoice_merchant_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
