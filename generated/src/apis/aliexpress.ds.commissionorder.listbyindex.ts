// Generated from specs/aedropshiper/aliexpress.ds.commissionorder.listbyindex.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.ds.commissionorder.listbyindex` (联盟订单分页查询). */
export interface AliexpressDsCommissionorderListbyindexRequest {
  /** record count of each page, 1 - 50 */
  page_size?: Int64Input;
  /** Query index start value: if not passed, You can only check the first page */
  start_query_index_id?: string;
  /** page number */
  page_no?: Int64Input;
  /** Start time, PST time */
  start_time: string;
  /** End time, PST time */
  end_time: string;
  /** Order status: Payment Completed(Buyer paid successfully), Buyer Confirmed Receipt(This status only change when :Buyer confirms receipt and settlement task begins which is manually executed by our operation team) */
  status: string;
}

/** Response of `aliexpress.ds.commissionorder.listbyindex`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressDsCommissionorderListbyindexResponse {
  /** result object */
  result?: AliexpressDsCommissionorderListbyindexTrafficOrderResultDTO;
  /** System Error */
  rsp_msg?: string;
  /** error code */
  rsp_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TrafficOrderResultDTO` of `aliexpress.ds.commissionorder.listbyindex`. */
export interface AliexpressDsCommissionorderListbyindexTrafficOrderResultDTO {
  /** max query index start value: if not passed, You can only check the first page */
  max_query_index_id?: string;
  /** current record count */
  current_record_count?: Int64;
  /** orders object list */
  orders?: AliexpressDsCommissionorderListbyindexTrafficOrderEffectDTO[];
  /** min query index start value: if not passed, You can only check the first page */
  min_query_index_id?: string;
  /** current page number */
  current_page_no?: Int64;
}

/** `TrafficOrderEffectDTO` of `aliexpress.ds.commissionorder.listbyindex`. */
export interface AliexpressDsCommissionorderListbyindexTrafficOrderEffectDTO {
  /** commission rate */
  commission_rate?: string;
  /** order number */
  order_number?: Int64;
  /** finished amount of the order, unit cent */
  finished_amount?: string;
  /** is affiliate product */
  is_affiliate_product?: string;
  /** is new buyer */
  is_new_buyer?: string;
  /** item title */
  item_title?: string;
  /** Additional order status, eg: full refund order, antispam order */
  effect_detail_status?: string;
  /** estimated commission for finished incentive order */
  estimated_incentive_finished_commission?: string;
  /** estimated commission for paid incentive order */
  estimated_incentive_paid_commission?: string;
  /** publisher id */
  publisher_id?: Int64;
  /** is hot product */
  is_hot_product?: string;
  /** parent order number */
  parent_order_number?: Int64;
  /** item detail url */
  item_detail_url?: string;
  /** created time of this order */
  created_time?: string;
  /** publisher settled currency */
  publisher_settled_currency?: string;
  /** product shipping country */
  ship_to_country?: string;
  /** order id */
  order_id?: Int64;
  /** item main image url */
  item_main_image_url?: string;
  /** paid time */
  paid_time?: string;
  /** item count */
  item_count?: string;
  /** item id */
  item_id?: Int64;
  /** effect status */
  effect_status?: string;
  /** estimated commission for finished order */
  estimated_finished_commission?: string;
  /** sub order id */
  sub_order_id?: Int64;
  /** estimated commission for paid order */
  estimated_paid_commission?: Int64;
  /** Order finish time */
  finished_time?: string;
  /** payment amount of the order, unit cent */
  paid_amount?: Int64;
  /** category id */
  category_id?: Int64;
  /** incentive commission rate */
  incentive_commission_rate?: string;
}

const REQUEST_SCHEMA = {
  page_size: 'Number',
  start_query_index_id: 'String',
  page_no: 'Number',
  start_time: 'String',
  end_time: 'String',
  status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    max_query_index_id: 'String',
    current_record_count: 'Number',
    orders: [
      {
        commission_rate: 'String',
        order_number: 'Number',
        finished_amount: 'String',
        is_affiliate_product: 'String',
        is_new_buyer: 'String',
        item_title: 'String',
        effect_detail_status: 'String',
        estimated_incentive_finished_commission: 'String',
        estimated_incentive_paid_commission: 'String',
        publisher_id: 'Number',
        is_hot_product: 'String',
        parent_order_number: 'Number',
        item_detail_url: 'String',
        created_time: 'String',
        publisher_settled_currency: 'String',
        ship_to_country: 'String',
        order_id: 'Number',
        item_main_image_url: 'String',
        paid_time: 'String',
        item_count: 'String',
        item_id: 'Number',
        effect_status: 'String',
        estimated_finished_commission: 'String',
        sub_order_id: 'Number',
        estimated_paid_commission: 'Number',
        finished_time: 'String',
        paid_amount: 'Number',
        category_id: 'Number',
        incentive_commission_rate: 'String',
      },
    ],
    min_query_index_id: 'String',
    current_page_no: 'Number',
  },
  rsp_msg: 'String',
  rsp_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.ds.commissionorder.listbyindex`: method, response root, request and response schemas. */
export const aliexpressDsCommissionorderListbyindexOperation = {
  method: 'aliexpress.ds.commissionorder.listbyindex',
  responseRoot: 'aliexpress_ds_commissionorder_listbyindex_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 联盟订单分页查询 — calls TOP method `aliexpress.ds.commissionorder.listbyindex`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressDsCommissionorderListbyindex(
  client: TopClient,
  request: AliexpressDsCommissionorderListbyindexRequest,
  options?: CallOptions,
): Promise<AliexpressDsCommissionorderListbyindexResponse> {
  return client.call<AliexpressDsCommissionorderListbyindexResponse>(
    {
      method: 'aliexpress.ds.commissionorder.listbyindex',
      responseRoot: 'aliexpress_ds_commissionorder_listbyindex_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
