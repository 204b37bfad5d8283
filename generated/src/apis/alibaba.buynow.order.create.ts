// Generated from specs/icbudropshipping/alibaba.buynow.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.buynow.order.create` (阿里巴巴买家buynow下单接口). */
export interface AlibabaBuynowOrderCreateRequest {
  /** Order creation parameter */
  param_order_create_request: AlibabaBuynowOrderCreateOrderCreateRequestInput;
}

/** Response of `alibaba.buynow.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaBuynowOrderCreateResponse {
  /** Response */
  value?: AlibabaBuynowOrderCreateOrderCreateResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCreateRequest` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreateOrderCreateRequestInput {
  /** Provide the order number corresponding to the 3rd party ISV */
  channel_refer_id: string;
  /** Logistics details */
  logistics_detail: AlibabaBuynowOrderCreateLogisticsDetailInput;
  /** Payment details */
  payment_detail: AlibabaBuynowOrderCreatePaymentDetailInput;
  /** Product list */
  product_list: AlibabaBuynowOrderCreateTradeEcologyOrderCreateProductInput[];
  /**
   * Put the order number provided by the 3rd party platform and the name of the 3rd party platform. For example, if the order number is for a transaction made on Shopify, put “Shopify” and the order number.
   * Platform Names can be case ignored:
   * Shopify,CommerceHQ,WooCommerce,GrooveKart,BigCommerce
   */
  properties?: string;
  /** order remark */
  remark?: string;
}

/** `LogisticsDetail` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreateLogisticsDetailInput {
  /** For BuyNow orders, use the value shown in the vendorCode field from the shipping cost template API; non-BuyNow orders don’t need to provide this information. alibaba.shipping.freight.calculate 's vender_code */
  carrier_code: string;
  /** shipment address */
  shipment_address: AlibabaBuynowOrderCreateAddressInput;
}

/** `Address` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreateAddressInput {
  /** Specific address */
  address: string;
  /** Secondary address */
  alternate_address?: string;
  /** Name of the city where the order is completed */
  city?: string;
  /** City abbreviation */
  city_code?: string;
  /** Name of contact person */
  contact_person: string;
  /** Country name */
  country: string;
  /** Country code，ISO3166 standard and has two letters. */
  country_code: string;
  /** Fax */
  fax?: AlibabaBuynowOrderCreatePhoneInput;
  /** Port name */
  port?: string;
  /** Port code */
  port_code?: string;
  /** Name of state/province */
  province?: string;
  /** Province/state abbreviation */
  province_code?: string;
  /** telephone */
  telephone?: AlibabaBuynowOrderCreatePhoneInput;
  /** zip */
  zip?: string;
}

/** `Phone` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreatePhoneInput {
  /** fax area */
  area?: string;
  /** fax country */
  country?: string;
  /** fax number */
  number?: string;
}

/** `PaymentDetail` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreatePaymentDetailInput {
  /** shipment fee */
  shipment_fee: string;
  /** total amount */
  total_amount: string;
}

/** `TradeEcologyOrderCreateProduct` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreateTradeEcologyOrderCreateProductInput {
  /** product id */
  product_id: Int64Input;
  /** quantity */
  quantity: string;
  /** sku id */
  sku_id?: string;
  /** unit price */
  unit_price_str: string;
}

/** `OrderCreateResponse` of `alibaba.buynow.order.create`. */
export interface AlibabaBuynowOrderCreateOrderCreateResponse {
  /** pay url */
  pay_url?: string;
  /** order number */
  trade_id?: string;
}

const REQUEST_SCHEMA = {
  param_order_create_request: {
    channel_refer_id: 'String',
    logistics_detail: {
      carrier_code: 'String',
      shipment_address: {
        address: 'String',
        alternate_address: 'String',
        city: 'String',
        city_code: 'String',
        contact_person: 'String',
        country: 'String',
        country_code: 'String',
        fax: {
          area: 'String',
          country: 'String',
          number: 'String',
        },
        port: 'String',
        port_code: 'String',
        province: 'String',
        province_code: 'String',
        telephone: {
          area: 'String',
          country: 'String',
          number: 'String',
        },
        zip: 'String',
      },
    },
    payment_detail: {
      shipment_fee: 'String',
      total_amount: 'String',
    },
    product_list: [
      {
        product_id: 'Number',
        quantity: 'String',
        sku_id: 'String',
        unit_price_str: 'String',
      },
    ],
    properties: 'String',
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  value: {
    pay_url: 'String',
    trade_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.buynow.order.create`: method, response root, request and response schemas. */
export const alibabaBuynowOrderCreateOperation = {
  method: 'alibaba.buynow.order.create',
  responseRoot: 'alibaba_buynow_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里巴巴买家buynow下单接口 — calls TOP method `alibaba.buynow.order.create`.
 *
 * 阿里巴巴买家下单接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaBuynowOrderCreate(
  client: TopClient,
  request: AlibabaBuynowOrderCreateRequest,
  options?: CallOptions,
): Promise<AlibabaBuynowOrderCreateResponse> {
  return client.call<AlibabaBuynowOrderCreateResponse>(
    {
      method: 'alibaba.buynow.order.create',
      responseRoot: 'alibaba_buynow_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
