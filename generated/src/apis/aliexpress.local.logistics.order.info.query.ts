// Generated from specs/logistic/aliexpress.local.logistics.order.info.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.local.logistics.order.info.query` (query order details). */
export interface AliexpressLocalLogisticsOrderInfoQueryRequest {
  /** param1 */
  param1: AliexpressLocalLogisticsOrderInfoQueryFindOrderRequestTopDTOInput;
}

/** Response of `aliexpress.local.logistics.order.info.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLocalLogisticsOrderInfoQueryResponse {
  /** data */
  data?: AliexpressLocalLogisticsOrderInfoQueryOrderDTO;
  /** is_success */
  is_success?: boolean;
  /** error_result_message */
  error_result_message?: string;
  /** error_result_code */
  error_result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FindOrderRequestTopDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryFindOrderRequestTopDTOInput {
  /** Shipment order id created. AE will save relationship with logistics provider's shipment order_id */
  logistics_order_id: string;
}

/** `OrderDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryOrderDTO {
  /** parcel */
  parcel?: AliexpressLocalLogisticsOrderInfoQueryParcelDTO;
  /** Shipment order id created. AE will save relationship with logistics provider's shipment order_id */
  logistics_order_id?: string;
  /** Logistics provider Id of the shipping order such as 1-Cainiao, 2-Pegaki, 3-Frenet, 4-Delivery Hub, etc. */
  logistics_channel_order_id?: string;
  /** It's sales order id and a 16-digit number. There will be mapping between trade order and shipment order */
  trade_order_id?: Int64;
  /** tracking code */
  tracking_code?: string;
  /** Delivery option id selected by a sender */
  shipping_method_id?: string;
  /** Logistics provider Id of the shipping order such as 1-Cainiao, 2-Pegaki, 3-Frenet, 4-Delivery Hub, etc. */
  logistics_channel_id?: string;
  /** receiver */
  receipt_address?: AliexpressLocalLogisticsOrderInfoQueryAddressDTO;
  /** status of logistics order,1-NEW 2-CREATED 3-SHIPPED 4-IN TRANSIT 5-DELIVERY FAILURE 6-DELIVERED 7-CANCELLED 8-UNKNOWN */
  status?: string;
  /** sender */
  sender_address?: AliexpressLocalLogisticsOrderInfoQueryAddressDTO2;
  /** tracking url for senders to check status */
  tracking_url?: string;
  /** logistics channel name */
  logistics_channel_name?: string;
  /** invoice */
  invoice?: AliexpressLocalLogisticsOrderInfoQueryInvoiceDTO;
  /** products */
  products?: AliexpressLocalLogisticsOrderInfoQueryProductDTO[];
}

/** `ParcelDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryParcelDTO {
  /** number of the parcel and there's only one parcel */
  quantity?: Int64;
  /** Type: ENVELOPE, BOX, BAG, TUBE, PALLET */
  parcel_type_code?: string;
  /** Width of the parcel in the shipment order. Default unit: centimeters */
  width?: string;
  /** Length of the parcel in the shipment order. Default unit: centimeters */
  length?: string;
  /** Actual gross weight of the parcel instead of the weight of the product, nor the added weight of the invoice volumes. Default unit: kilograms */
  weight?: string;
  /** Height of the parcel in the shipment order. Default unit: centimeters */
  height?: string;
}

/** `AddressDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryAddressDTO {
  /** first name of receiver */
  first_name?: string;
  /** last name of receiver */
  last_name?: string;
  /** receiver's city */
  city?: string;
  /** receiver's federal_tax_id */
  federal_tax_id?: string;
  /** receiver's country */
  country?: string;
  /** zip code of ship to place */
  zip_code?: string;
  /** receiver's State */
  state?: string;
  /** receiver's district and street */
  address?: string;
  /** receiver's street number */
  address_number?: string;
  /** email of receiver */
  email?: string;
  /** cell phone of receiver */
  cell_phone?: string;
  /** shipping additional */
  additional?: string;
}

/** `AddressDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryAddressDTO2 {
  /** first name of sender */
  first_name?: string;
  /** last name of sender */
  last_name?: string;
  /** sender's state */
  state?: string;
  /** zip code of ship from place */
  zip_code?: string;
  /** sender's district and street */
  address?: string;
  /** sender's street number */
  address_number?: string;
  /** email of sender */
  email?: string;
  /** cell phone of sender */
  cell_phone?: string;
  /** sender's city */
  city?: string;
  /** sender's country */
  country?: string;
}

/** `InvoiceDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryInvoiceDTO {
  /** 3-digit number */
  invoice_series?: string;
  /** 9-digit number */
  invoice_number?: string;
  /** date of inovice issued */
  invoice_date?: string;
  /** value of invoice */
  invoice_total_value?: string;
  /** 44-digit number */
  invoice_key?: string;
}

/** `ProductDTO` of `aliexpress.local.logistics.order.info.query`. */
export interface AliexpressLocalLogisticsOrderInfoQueryProductDTO {
  /** Total weight of a SKU in its original packaging. Default unit: kilograms */
  weight?: string;
  /** Actual dimension of a sku in its original packaging. Default unit: centimeters */
  length?: string;
  /** Actual dimension of a sku in its original packaging. Default unit: centimeters */
  width?: string;
  /** Actual dimension of a sku in its original packaging. Default unit: centimeters */
  height?: string;
  /** Price of product */
  price?: string;
  /** Quantity of a sku in the order. It's used to calculate the total number of products in a parcel */
  quantity?: Int64;
  /** AE sku_id to identify a unit of sku */
  sku_id?: string;
}

const REQUEST_SCHEMA = {
  param1: {
    logistics_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    parcel: {
      quantity: 'Number',
      parcel_type_code: 'String',
      width: 'String',
      length: 'String',
      weight: 'String',
      height: 'String',
    },
    logistics_order_id: 'String',
    logistics_channel_order_id: 'String',
    trade_order_id: 'Number',
    tracking_code: 'String',
    shipping_method_id: 'String',
    logistics_channel_id: 'String',
    receipt_address: {
      first_name: 'String',
      last_name: 'String',
      city: 'String',
      federal_tax_id: 'String',
      country: 'String',
      zip_code: 'String',
      state: 'String',
      address: 'String',
      address_number: 'String',
      email: 'String',
      cell_phone: 'String',
      additional: 'String',
    },
    status: 'String',
    sender_address: {
      first_name: 'String',
      last_name: 'String',
      state: 'String',
      zip_code: 'String',
      address: 'String',
      address_number: 'String',
      email: 'String',
      cell_phone: 'String',
      city: 'String',
      country: 'String',
    },
    tracking_url: 'String',
    logistics_channel_name: 'String',
    invoice: {
      invoice_series: 'String',
      invoice_number: 'String',
      invoice_date: 'String',
      invoice_total_value: 'String',
      invoice_key: 'String',
    },
    products: [
      {
        weight: 'String',
        length: 'String',
        width: 'String',
        height: 'String',
        price: 'String',
        quantity: 'Number',
        sku_id: 'String',
      },
    ],
  },
  is_success: 'Boolean',
  error_result_message: 'String',
  error_result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.local.logistics.order.info.query`: method, response root, request and response schemas. */
export const aliexpressLocalLogisticsOrderInfoQueryOperation = {
  method: 'aliexpress.local.logistics.order.info.query',
  responseRoot: 'aliexpress_local_logistics_order_info_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * query order details — calls TOP method `aliexpress.local.logistics.order.info.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLocalLogisticsOrderInfoQuery(
  client: TopClient,
  request: AliexpressLocalLogisticsOrderInfoQueryRequest,
  options?: CallOptions,
): Promise<AliexpressLocalLogisticsOrderInfoQueryResponse> {
  return client.call<AliexpressLocalLogisticsOrderInfoQueryResponse>(
    {
      method: 'aliexpress.local.logistics.order.info.query',
      responseRoot: 'aliexpress_local_logistics_order_info_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
