// Generated from specs/icbudropshipping/alibaba.shipping.freight.calculate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.shipping.freight.calculate` (阿里巴巴商品运费计算查询接口). */
export interface AlibabaShippingFreightCalculateRequest {
  /** {} */
  param_freight_template_request: AlibabaShippingFreightCalculateFreightTemplateRequestInput;
}

/** Response of `alibaba.shipping.freight.calculate`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaShippingFreightCalculateResponse {
  /** pojo */
  values?: AlibabaShippingFreightCalculateValue[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FreightTemplateRequest` of `alibaba.shipping.freight.calculate`. */
export interface AlibabaShippingFreightCalculateFreightTemplateRequestInput {
  /** destination country ISO 3166-2 */
  destination_country: string;
  /** product id */
  product_id: Int64Input;
  /** quantity */
  quantity: Int64Input;
  /** destination zip code */
  zip_code?: string;
}

/** `Value` of `alibaba.shipping.freight.calculate`. */
export interface AlibabaShippingFreightCalculateValue {
  /** shipping type */
  shipping_type?: string;
  /** trade term */
  trade_term?: string;
  /** dispatch country */
  dispatch_country?: string;
  /** destination country */
  destination_country?: string;
  /** vendor code */
  vendor_code?: string;
  /** vendor name */
  vendor_name?: string;
  /** shipping fee */
  fee?: AlibabaShippingFreightCalculateMoneyAmount;
  /** delivery time (days) */
  delivery_time?: string;
}

/** `MoneyAmount` of `alibaba.shipping.freight.calculate`. */
export interface AlibabaShippingFreightCalculateMoneyAmount {
  /** currency */
  currency?: string;
  /** amount */
  amount?: string;
}

const REQUEST_SCHEMA = {
  param_freight_template_request: {
    destination_country: 'String',
    product_id: 'Number',
    quantity: 'Number',
    zip_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  values: [
    {
      shipping_type: 'String',
      trade_term: 'String',
      dispatch_country: 'String',
      destination_country: 'String',
      vendor_code: 'String',
      vendor_name: 'String',
      fee: {
        currency: 'String',
        amount: 'String',
      },
      delivery_time: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.shipping.freight.calculate`: method, response root, request and response schemas. */
export const alibabaShippingFreightCalculateOperation = {
  method: 'alibaba.shipping.freight.calculate',
  responseRoot: 'alibaba_shipping_freight_calculate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴商品运费计算查询接口 — calls TOP method `alibaba.shipping.freight.calculate`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaShippingFreightCalculate(
  client: TopClient,
  request: AlibabaShippingFreightCalculateRequest,
  options?: CallOptions,
): Promise<AlibabaShippingFreightCalculateResponse> {
  return client.call<AlibabaShippingFreightCalculateResponse>(
    {
      method: 'alibaba.shipping.freight.calculate',
      responseRoot: 'alibaba_shipping_freight_calculate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
