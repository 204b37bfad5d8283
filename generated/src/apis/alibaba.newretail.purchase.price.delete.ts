// Generated from specs/wdk/alibaba.newretail.purchase.price.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.newretail.purchase.price.delete` (共享库存 商户删除采购价). */
export interface AlibabaNewretailPurchasePriceDeleteRequest {
  /** 调用入参 */
  delete_purchase_price_request: AlibabaNewretailPurchasePriceDeleteDeletePurchasePriceRequestInput;
}

/** Response of `alibaba.newretail.purchase.price.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaNewretailPurchasePriceDeleteResponse {
  /** 拆单结果对象 */
  result?: AlibabaNewretailPurchasePriceDeleteTopBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeletePurchasePriceRequest` of `alibaba.newretail.purchase.price.delete`. */
export interface AlibabaNewretailPurchasePriceDeleteDeletePurchasePriceRequestInput {
  /** 请求幂等ID */
  out_id?: string;
  /** 商品skucode */
  sku_code: string;
  /** 门店ID */
  ou_code: string;
  /** 渠道 */
  channel_codes?: string;
}

/** `TopBaseResult` of `alibaba.newretail.purchase.price.delete`. */
export interface AlibabaNewretailPurchasePriceDeleteTopBaseResult {
  /** 表示调用是否成功 */
  success?: boolean;
  /** 返回码说明 */
  return_msg?: string;
  /** 返回码 */
  return_code?: string;
}

const REQUEST_SCHEMA = {
  delete_purchase_price_request: {
    out_id: 'String',
    sku_code: 'String',
    ou_code: 'String',
    channel_codes: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    return_msg: 'String',
    return_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.newretail.purchase.price.delete`: method, response root, request and response schemas. */
export const alibabaNewretailPurchasePriceDeleteOperation = {
  method: 'alibaba.newretail.purchase.price.delete',
  responseRoot: 'alibaba_newretail_purchase_price_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 共享库存 商户删除采购价 — calls TOP method `alibaba.newretail.purchase.price.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaNewretailPurchasePriceDelete(
  client: TopClient,
  request: AlibabaNewretailPurchasePriceDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaNewretailPurchasePriceDeleteResponse> {
  return client.call<AlibabaNewretailPurchasePriceDeleteResponse>(
    {
      method: 'alibaba.newretail.purchase.price.delete',
      responseRoot: 'alibaba_newretail_purchase_price_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
