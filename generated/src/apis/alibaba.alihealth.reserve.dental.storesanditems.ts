// Generated from specs/alihealth2/alibaba.alihealth.reserve.dental.storesanditems.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.reserve.dental.storesanditems` (查询商户门店，商品列表). */
export interface AlibabaAlihealthReserveDentalStoresanditemsRequest {
  /** 页码，每页100个门店，超过100个门店分页请求 */
  page_no?: Int64Input;
}

/** Response of `alibaba.alihealth.reserve.dental.storesanditems`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthReserveDentalStoresanditemsResponse {
  /** result */
  result?: AlibabaAlihealthReserveDentalStoresanditemsServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ServiceResult` of `alibaba.alihealth.reserve.dental.storesanditems`. */
export interface AlibabaAlihealthReserveDentalStoresanditemsServiceResult {
  /** 错误信息 */
  err_message?: string;
  /** data */
  data?: AlibabaAlihealthReserveDentalStoresanditemsDentalSellerDto;
  /** 错误码 */
  err_code?: string;
  /** 是否正常 */
  success?: boolean;
}

/** `DentalSellerDto` of `alibaba.alihealth.reserve.dental.storesanditems`. */
export interface AlibabaAlihealthReserveDentalStoresanditemsDentalSellerDto {
  /** storeList */
  store_list?: AlibabaAlihealthReserveDentalStoresanditemsDentalStoreDto[];
  /** sellerName */
  seller_name?: string;
}

/** `DentalStoreDto` of `alibaba.alihealth.reserve.dental.storesanditems`. */
export interface AlibabaAlihealthReserveDentalStoresanditemsDentalStoreDto {
  /** itemList */
  item_list?: AlibabaAlihealthReserveDentalStoresanditemsDentalItemDto[];
  /** storeName */
  store_name?: string;
  /** storeId */
  store_id?: Int64;
}

/** `DentalItemDto` of `alibaba.alihealth.reserve.dental.storesanditems`. */
export interface AlibabaAlihealthReserveDentalStoresanditemsDentalItemDto {
  /** itemName */
  item_name?: string;
  /** itemId */
  item_id?: Int64;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_message: 'String',
    data: {
      store_list: [
        {
          item_list: [
            {
              item_name: 'String',
              item_id: 'Number',
            },
          ],
          store_name: 'String',
          store_id: 'Number',
        },
      ],
      seller_name: 'String',
    },
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.reserve.dental.storesanditems`: method, response root, request and response schemas. */
export const alibabaAlihealthReserveDentalStoresanditemsOperation = {
  method: 'alibaba.alihealth.reserve.dental.storesanditems',
  responseRoot: 'alibaba_alihealth_reserve_dental_storesanditems_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商户门店，商品列表 — calls TOP method `alibaba.alihealth.reserve.dental.storesanditems`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthReserveDentalStoresanditems(
  client: TopClient,
  request: AlibabaAlihealthReserveDentalStoresanditemsRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthReserveDentalStoresanditemsResponse> {
  return client.call<AlibabaAlihealthReserveDentalStoresanditemsResponse>(
    {
      method: 'alibaba.alihealth.reserve.dental.storesanditems',
      responseRoot: 'alibaba_alihealth_reserve_dental_storesanditems_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
