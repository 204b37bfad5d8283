// Generated from specs/logistic/aliexpress.local.logistics.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.local.logistics.order.create` (create logistics order). */
export interface AliexpressLocalLogisticsOrderCreateRequest {
  /** create logistics order's param */
  param1: AliexpressLocalLogisticsOrderCreateCreateOrderRequestTopDTOInput;
}

/** Response of `aliexpress.local.logistics.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLocalLogisticsOrderCreateResponse {
  /** response info */
  data?: AliexpressLocalLogisticsOrderCreateAELogisticsOrderDTO;
  /** interface status */
  is_success?: boolean;
  /** error message */
  error_result_message?: string;
  /** error code */
  error_result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreateOrderRequestTopDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateCreateOrderRequestTopDTOInput {
  /** sender address */
  sender_address: AliexpressLocalLogisticsOrderCreateAddressTopDTOInput;
  /** parcel info */
  parcel: AliexpressLocalLogisticsOrderCreateParcelTopDTOInput;
  /** Delivery option id selected by a sender */
  delivery_method_id: Int64Input;
  /** It's sales order id and a 16-digit number. There will be mapping between trade order and shipment order */
  trade_order_id: Int64Input;
  /** receiver address */
  receipt_address: AliexpressLocalLogisticsOrderCreateAddressTopDTOInput2;
  /** Logistics provider Id of the shipping order such as 1-Cainiao, 2-Pegaki, 3-Frenet, 4-Delivery Hub, etc. */
  logistics_channel_id: string;
  /** Input delivery_cost in logistics method query API. If no value returned, then input 1 */
  provider_shipping_costs: string;
  /** invoice info */
  invoice?: AliexpressLocalLogisticsOrderCreateInvoiceTopDTOInput;
  /** products info */
  products: AliexpressLocalLogisticsOrderCreateProductTopDTOInput[];
  /** Find it in responses of shipping method query API */
  query_id?: string;
}

/** `AddressTopDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateAddressTopDTOInput {
  /** first name of sender */
  first_name: string;
  /** last name of sender */
  last_name: string;
  /** sender's country */
  country: string;
  /** zip code of ship from place */
  zip_code: string;
  /** sender's district and street */
  address: string;
  /** federal tax id(cnpj) */
  federal_tax_id?: string;
  /** sender's city */
  city: string;
  /** sender's street number */
  address_number: string;
  /** cell phone of sender */
  cellphone?: string;
  /** sender's State */
  state: string;
  /** email of sender */
  email?: string;
}

/** `ParcelTopDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateParcelTopDTOInput {
  /** number of the parcel and there's only one parcel */
  quantity?: Int64Input;
  /** Type: ENVELOPE, BOX, BAG, TUBE, PALLET */
  parcel_type_code: string;
  /** Length of the parcel in the shipment order. Default unit: centimeters */
  length: string;
  /** Width of the parcel in the shipment order. Default unit: centimeters */
  width: string;
  /** Actual gross weight of the parcel instead of the weight of the product, nor the added weight of the invoice volumes. Default unit: kilograms */
  weight: string;
  /** Height of the parcel in the shipment order. Default unit: centimeters */
  height: string;
}

/** `AddressTopDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateAddressTopDTOInput2 {
  /** first name of receiver */
  first_name: string;
  /** last name of receiver */
  last_name: string;
  /** receiver's country */
  country: string;
  /** zip code of ship to place */
  zip_code: string;
  /** receiver's district and street */
  address: string;
  /** CPF of the buyer. Senders can find it on sales order */
  federal_tax_id?: string;
  /** receiver's city */
  city: string;
  /** receiver's street number */
  address_number: string;
  /** cell phone of receiver */
  cellphone?: string;
  /** receiver's State */
  state: string;
  /** email of receiver */
  email?: string;
  /** shipping additional */
  additional?: string;
}

/** `InvoiceTopDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateInvoiceTopDTOInput {
  /** 3-digit number */
  invoice_series: string;
  /** 44-digit number */
  invoice_key: string;
  /** 9-digit number */
  invoice_number: string;
  /** value of invoice */
  invoice_total_value: string;
  /** date of inovice issued */
  invoice_date: string;
}

/** `ProductTopDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateProductTopDTOInput {
  /** Quantity of a sku in the order. It's used to calculate the total number of products in a parcel */
  quantity: Int64Input;
  /** price */
  price?: string;
  /** Actual dimension of a sku in its original packaging. Default unit: centimeters */
  length: string;
  /** Actual dimension of a sku in its original packaging. Default unit: centimeters */
  width: string;
  /** Total weight of a SKU in its original packaging. Default unit: kilograms */
  weight: string;
  /** Actual dimension of a sku in its original packaging. Default unit: centimeters */
  height: string;
  /** AE sku_id to identify a unit of sku */
  sku_id?: string;
}

/** `AELogisticsOrderDTO` of `aliexpress.local.logistics.order.create`. */
export interface AliexpressLocalLogisticsOrderCreateAELogisticsOrderDTO {
  /** Shipment order id created. AE will save relationship with logistics provider's shipment order_id */
  logistics_order_id?: string;
}

const REQUEST_SCHEMA = {
  param1: {
    sender_address: {
      first_name: 'String',
      last_name: 'String',
      country: 'String',
      zip_code: 'String',
      address: 'String',
      federal_tax_id: 'String',
      city: 'String',
      address_number: 'String',
      cellphone: 'String',
      state: 'String',
      email: 'String',
    },
    parcel: {
      quantity: 'Number',
      parcel_type_code: 'String',
      length: 'String',
      width: 'String',
      weight: 'String',
      height: 'String',
    },
    delivery_method_id: 'Number',
    trade_order_id: 'Number',
    receipt_address: {
      first_name: 'String',
      last_name: 'String',
      country: 'String',
      zip_code: 'String',
      address: 'String',
      federal_tax_id: 'String',
      city: 'String',
      address_number: 'String',
      cellphone: 'String',
      state: 'String',
      email: 'String',
      additional: 'String',
    },
    logistics_channel_id: 'String',
    provider_shipping_costs: 'String',
    invoice: {
      invoice_series: 'String',
      invoice_key: 'String',
      invoice_number: 'String',
      invoice_total_value: 'String',
      invoice_date: 'String',
    },
    products: [
      {
        quantity: 'Number',
        price: 'String',
        length: 'String',
        width: 'String',
        weight: 'String',
        height: 'String',
        sku_id: 'String',
      },
    ],
    query_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    logistics_order_id: 'String',
  },
  is_success: 'Boolean',
  error_result_message: 'String',
  error_result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.local.logistics.order.create`: method, response root, request and response schemas. */
export const aliexpressLocalLogisticsOrderCreateOperation = {
  method: 'aliexpress.local.logistics.order.create',
  responseRoot: 'aliexpress_local_logistics_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * create logistics order — calls TOP method `aliexpress.local.logistics.order.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLocalLogisticsOrderCreate(
  client: TopClient,
  request: AliexpressLocalLogisticsOrderCreateRequest,
  options?: CallOptions,
): Promise<AliexpressLocalLogisticsOrderCreateResponse> {
  return client.call<AliexpressLocalLogisticsOrderCreateResponse>(
    {
      method: 'aliexpress.local.logistics.order.create',
      responseRoot: 'aliexpress_local_logistics_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
