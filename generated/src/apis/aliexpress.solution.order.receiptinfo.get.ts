// Generated from specs/aesolution/aliexpress.solution.order.receiptinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.order.receiptinfo.get` (Get Order Receipt Info). */
export interface AliexpressSolutionOrderReceiptinfoGetRequest {
  /** query param */
  param1?: AliexpressSolutionOrderReceiptinfoGetSingleOrderQueryInput;
}

/** Response of `aliexpress.solution.order.receiptinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionOrderReceiptinfoGetResponse {
  /** result */
  result?: AliexpressSolutionOrderReceiptinfoGetOrderAddressDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SingleOrderQuery` of `aliexpress.solution.order.receiptinfo.get`. */
export interface AliexpressSolutionOrderReceiptinfoGetSingleOrderQueryInput {
  /** order ID */
  order_id?: Int64Input;
}

/** `OrderAddressDto` of `aliexpress.solution.order.receiptinfo.get`. */
export interface AliexpressSolutionOrderReceiptinfoGetOrderAddressDto {
  /** English country/region name */
  country_name?: string;
  /** mobile number */
  mobile_no?: string;
  /** Recipient */
  contact_person?: string;
  /** Phone country/region code */
  phone_country?: string;
  /** Phone area code */
  phone_area?: string;
  /** province */
  province?: string;
  /** address 1 */
  address?: string;
  /** phone number */
  phone_number?: string;
  /** Fax number */
  fax_number?: string;
  /** Street detailed address */
  detail_address?: string;
  /** city */
  city?: string;
  /** country/region */
  country?: string;
  /** address 2 */
  address2?: string;
  /** Fax country/region code */
  fax_country?: string;
  /** Postal code */
  zip?: string;
  /** Fax area code */
  fax_area?: string;
  /** localized address, currently for buyer whose address is in Russia. */
  localized_address?: string;
}

const REQUEST_SCHEMA = {
  param1: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    country_name: 'String',
    mobile_no: 'String',
    contact_person: 'String',
    phone_country: 'String',
    phone_area: 'String',
    province: 'String',
    address: 'String',
    phone_number: 'String',
    fax_number: 'String',
    detail_address: 'String',
    city: 'String',
    country: 'String',
    address2: 'String',
    fax_country: 'String',
    zip: 'String',
    fax_area: 'String',
    localized_address: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.order.receiptinfo.get`: method, response root, request and response schemas. */
export const aliexpressSolutionOrderReceiptinfoGetOperation = {
  method: 'aliexpress.solution.order.receiptinfo.get',
  responseRoot: 'aliexpress_solution_order_receiptinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Get Order Receipt Info — calls TOP method `aliexpress.solution.order.receiptinfo.get`.
 *
 * Get Order Receipt Info, Support multi stores requirements for Turkey sellers.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionOrderReceiptinfoGet(
  client: TopClient,
  request: AliexpressSolutionOrderReceiptinfoGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionOrderReceiptinfoGetResponse> {
  return client.call<AliexpressSolutionOrderReceiptinfoGetResponse>(
    {
      method: 'aliexpress.solution.order.receiptinfo.get',
      responseRoot: 'aliexpress_solution_order_receiptinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
