// Generated from specs/aedropshiper/aliexpress.ds.trade.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ds.trade.order.get` (交易订单查询). */
export interface AliexpressDsTradeOrderGetRequest {
  /** AE order id */
  order_id: Int64Input;
}

/** Response of `aliexpress.ds.trade.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsTradeOrderGetResponse {
  /** Result object */
  result?: AliexpressDsTradeOrderGetAeOrderInfoResultDTO;
  /** Error message */
  rsp_msg?: string;
  /** Error code */
  rsp_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AeOrderInfoResultDTO` of `aliexpress.ds.trade.order.get`. */
export interface AliexpressDsTradeOrderGetAeOrderInfoResultDTO {
  /** Order creation time */
  gmt_create?: string;
  /** Order logistics information list */
  logistics_info_list?: AliexpressDsTradeOrderGetAeOrderLogisticsInfo[];
  /** Logistics status */
  logistics_status?: string;
  /** Order Status */
  order_status?: string;
  /** Order amount */
  order_amount?: AliexpressDsTradeOrderGetSimpleMoney;
  /** Sub-order list */
  child_order_list?: AliexpressDsTradeOrderGetAeChildOrderInfo[];
  /** Store Information */
  store_info?: AliexpressDsTradeOrderGetAeStoreSimpleInfo;
}

/** `AeOrderLogisticsInfo` of `aliexpress.ds.trade.order.get`. */
export interface AliexpressDsTradeOrderGetAeOrderLogisticsInfo {
  /** Logistics tracking number */
  logistics_no?: string;
  /** Logistics Services */
  logistics_service?: string;
}

/** `SimpleMoney` of `aliexpress.ds.trade.order.get`. */
export interface AliexpressDsTradeOrderGetSimpleMoney {
  /** Amount */
  amount?: string;
  /** Currency */
  currency_code?: string;
}

/** `AeChildOrderInfo` of `aliexpress.ds.trade.order.get`. */
export interface AliexpressDsTradeOrderGetAeChildOrderInfo {
  /** Item ID */
  product_id?: Int64;
  /** Item name */
  product_name?: string;
  /** Item price */
  product_price?: AliexpressDsTradeOrderGetSimpleMoney;
  /** Item quantity */
  product_count?: Int64;
}

/** `AeStoreSimpleInfo` of `aliexpress.ds.trade.order.get`. */
export interface AliexpressDsTradeOrderGetAeStoreSimpleInfo {
  /** Store ID */
  store_id?: Int64;
  /** Store name */
  store_name?: string;
  /** Store address */
  store_url?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_create: 'String',
    logistics_info_list: [
      {
        logistics_no: 'String',
        logistics_service: 'String',
      },
    ],
    logistics_status: 'String',
    order_status: 'String',
    order_amount: {
      amount: 'String',
      currency_code: 'String',
    },
    child_order_list: [
      {
        product_id: 'Number',
        product_name: 'String',
        product_price: {
          amount: 'String',
          currency_code: 'String',
        },
        product_count: 'Number',
      },
    ],
    store_info: {
      store_id: 'Number',
      store_name: 'String',
      store_url: 'String',
    },
  },
  rsp_msg: 'String',
  rsp_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.trade.order.get`: method, response root, request and response schemas. */
export const aliexpressDsTradeOrderGetOperation = {
  method: 'aliexpress.ds.trade.order.get',
  responseRoot: 'aliexpress_ds_trade_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易订单查询 — calls TOP method `aliexpress.ds.trade.order.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsTradeOrderGet(
  client: TopClient,
  request: AliexpressDsTradeOrderGetRequest,
  options?: CallOptions,
): Promise<AliexpressDsTradeOrderGetResponse> {
  return client.call<AliexpressDsTradeOrderGetResponse>(
    {
      method: 'aliexpress.ds.trade.order.get',
      responseRoot: 'aliexpress_ds_trade_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
