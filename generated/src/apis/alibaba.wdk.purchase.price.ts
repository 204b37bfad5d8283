// Generated from specs/wdk/alibaba.wdk.purchase.price.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.purchase.price` (rt回传采购价). */
export interface AlibabaWdkPurchasePriceRequest {
  /** 入参 */
  wdk_open_purchase_price?: AlibabaWdkPurchasePriceWdkOpenPurchasePriceInput;
}

/** Response of `alibaba.wdk.purchase.price`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkPurchasePriceResponse {
  /** SYSTEM ERROR */
  return_msg?: string;
  /** ERROR */
  return_code?: string;
  /** true */
  return_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WdkOpenPurchasePrice` of `alibaba.wdk.purchase.price`. */
export interface AlibabaWdkPurchasePriceWdkOpenPurchasePriceInput {
  /** 经营店id，必填 */
  store_id: string;
  /** 淘系主订单号，必填 */
  tb_order_id: string;
  /** 子单信息 */
  wdk_open_purchase_price_subs: AlibabaWdkPurchasePriceWdkopenpurchasepricesubsInput[];
  /** 渠道标识45=猫超，100=共享零售 */
  order_from?: Int64Input;
}

/** `Wdkopenpurchasepricesubs` of `alibaba.wdk.purchase.price`. */
export interface AlibabaWdkPurchasePriceWdkopenpurchasepricesubsInput {
  /** 确认标识，0:核对 1:确认，必填 */
  confirm: string;
  /** 去税采购价，单位分，必填 */
  price_without_tax: string;
  /** 含税采购价，单位分，必填 */
  price_with_tax: string;
  /** 税率，必填 */
  tax_rate: string;
  /** 商品编码，必填 */
  sku_code: string;
  /** 淘系子订单号，必填 */
  tb_sub_order_id: string;
}

const REQUEST_SCHEMA = {
  wdk_open_purchase_price: {
    store_id: 'String',
    tb_order_id: 'String',
    wdk_open_purchase_price_subs: [
      {
        confirm: 'String',
        price_without_tax: 'String',
        price_with_tax: 'String',
        tax_rate: 'String',
        sku_code: 'String',
        tb_sub_order_id: 'String',
      },
    ],
    order_from: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_msg: 'String',
  return_code: 'String',
  return_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.purchase.price`: method, response root, request and response schemas. */
export const alibabaWdkPurchasePriceOperation = {
  method: 'alibaba.wdk.purchase.price',
  responseRoot: 'alibaba_wdk_purchase_price_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * rt回传采购价 — calls TOP method `alibaba.wdk.purchase.price`.
 *
 * 猫超共享库存项目-rt回传采购价
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkPurchasePrice(
  client: TopClient,
  request: AlibabaWdkPurchasePriceRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkPurchasePriceResponse> {
  return client.call<AlibabaWdkPurchasePriceResponse>(
    {
      method: 'alibaba.wdk.purchase.price',
      responseRoot: 'alibaba_wdk_purchase_price_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
