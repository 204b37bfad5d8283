// Generated from specs/aesolution/aliexpress.solution.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.order.get` (get order list). */
export interface AliexpressSolutionOrderGetRequest {
  /** param */
  param0?: AliexpressSolutionOrderGetOrderQueryInput;
}

/** Response of `aliexpress.solution.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionOrderGetResponse {
  /** result */
  result?: AliexpressSolutionOrderGetPaginationResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderQuery` of `aliexpress.solution.order.get`. */
export interface AliexpressSolutionOrderGetOrderQueryInput {
  /** create date end time.It's US pacific time */
  create_date_end?: string;
  /** create date start time.It's US pacific time */
  create_date_start?: string;
  /** modified date start time.It's US pacific time */
  modified_date_start?: string;
  /** Query order information in multiple order status. For specific order status, see order_status description. */
  order_status_list?: string[];
  /** buyer login id */
  buyer_login_id?: string;
  /** Number of pages per page */
  page_size: Int64Input;
  /** modified date end time.It's US pacific time */
  modified_date_end?: string;
  /** the current page */
  current_page: Int64Input;
  /** Order status: PLACE_ORDER_SUCCESS: Waiting for buyer to pay; IN_CANCEL: Buyer request cancellation; WAIT_SELLER_SEND_GOODS: Waiting for your shipment; SELLER_PART_SEND_GOODS: Partial delivery; WAIT_BUYER_ACCEPT_GOODS: Waiting for buyer to receive goods; FUND_PROCESSING: Buyers agree, funds processing; IN_ISSUE : Orders in disputes; IN_FROZEN: Orders in freeze; WAIT_SELLER_EXAMINE_MONEY: Waiting for your confirmation amount; RISK_CONTROL: Orders are in 24 hours of risk control, starting 24 hours after the buyer's online payment is completed. The above status query can be separately queried separately, and the order status information is not included in the order status. (FINISH, closed order status) FINISH: The completed order needs to be queried separately. */
  order_status?: string;
}

/** `PaginationResult` of `aliexpress.solution.order.get`. */
export interface AliexpressSolutionOrderGetPaginationResult {
  /** error massage */
  error_message?: string;
  /** total count(SC order is not include the result） */
  total_count?: Int64;
  /** target list */
  target_list?: AliexpressSolutionOrderGetOrderDto[];
  /** the number of each page */
  page_size?: Int64;
  /** error code */
  error_code?: string;
  /** current page */
  current_page?: Int64;
  /** total page */
  total_page?: Int64;
  /** success or not */
  success?: boolean;
  /** timeStamp */
  time_stamp?: string;
}

/** `OrderDto` of `aliexpress.solution.order.get`. */
export interface AliexpressSolutionOrderGetOrderDto {
  /** The remain time of the current status (negative number indicates the timeout period) */
  timeout_left_time?: Int64;
  /** seller fuller name */
  seller_signer_fullname?: string;
  /** seller operator login id */
  seller_operator_login_id?: string;
  /** seller login id */
  seller_login_id?: string;
  /** product list */
  product_list?: AliexpressSolutionOrderGetOrderProductDto[];
  /** Whether mobile phone orders */
  phone?: boolean;
  /** pay type: migs: Credit card payments go through the RMB channel; migs: 102MasterCard pays and takes the RMB channel; migs101:Visa Pay and take the RMB channel; pp101: PayPal; mb: MoneyBooker channel; tt101: Bank Transfer payment; wu101: West Union payment; wp101: Visa pays for the US dollar channel; wp102: Mastercard to pay for the US dollar channel; qw101: QIWI payment; cybs101: Visa takes the payment of the CYBS channel; cybs102: Mastercard to pay for CYBS channels; wm101: WebMoney payment; ebanx101: Brazilian Beloto payment; */
  payment_type?: string;
  /** pay amount */
  pay_amount?: AliexpressSolutionOrderGetSimpleMoney;
  /** order status */
  order_status?: string;
  /** order ID */
  order_id?: Int64;
  /** order detail url */
  order_detail_url?: string;
  /** logistics status。logistics status。(WAIT_SELLER_SEND_GOODS: Waiting for seller to ship; SELLER_SEND_PART_GOODS: Partial delivery by seller; SELLER_SEND_GOODS: Seller has shipped; BUYER_ACCEPT_GOODS: Buyer has confirmed receipt; NO_LOGISTICS: No logistics transfer) */
  logistics_status?: string;
  /** logistics escrow fee rate */
  logisitcs_escrow_fee_rate?: string;
  /** loan amount details */
  loan_amount?: AliexpressSolutionOrderGetSimpleMoney;
  /** Remaining delivery time (minute) */
  left_send_good_min?: string;
  /** Remaining delivery time (hour） */
  left_send_good_hour?: string;
  /** Remaining delivery time (days) */
  left_send_good_day?: string;
  /** issue status (NO_ISSUE; IN_ISSUE; END_ISSUE) */
  issue_status?: string;
  /** Have you requested a loan? */
  has_request_loan?: boolean;
  /** Last order update time */
  gmt_update?: string;
  /** Last order delivery time */
  gmt_send_goods_time?: string;
  /** order pay time (The gmtPaysuccess field has the same meaning in the order details.)it's US Pacific time */
  gmt_pay_time?: string;
  /** order create time,it's US Pacific time */
  gmt_create?: string;
  /** fund status (NOT_PAY; PAY_SUCCESS; WAIT_SELLER_CHECK) */
  fund_status?: string;
  /** frozen status。(NO_FROZEN:no frozen; IN_FROZEN:in frozen) */
  frozen_status?: string;
  /** escrow fee rate */
  escrow_fee_rate?: Int64;
  /** escrow fee */
  escrow_fee?: AliexpressSolutionOrderGetSimpleMoney;
  /** order finished reason */
  end_reason?: string;
  /** buyer full name */
  buyer_signer_fullname?: string;
  /** buyer login id */
  buyer_login_id?: string;
  /** order type。（AE_COMMON:common type,AE_TRIAL:trial type;AE_RECHARGE:recharge order) */
  biz_type?: string;
  /** pickup type of order */
  offline_pickup_type?: string;
}

/** `OrderProductDto` of `aliexpress.solution.order.get`. */
export interface AliexpressSolutionOrderGetOrderProductDto {
  /** total product amount */
  total_product_amount?: AliexpressSolutionOrderGetSimpleMoney;
  /** child order status */
  son_order_status?: string;
  /** sku code */
  sku_code?: string;
  /** order show status */
  show_status?: string;
  /** Last delivery time */
  send_goods_time?: string;
  /** Shipper type. "SELLER_SEND_GOODS": seller shipping; "WAREHOUSE_SEND_GOODS": warehouse delivery */
  send_goods_operator?: string;
  /** product unit price */
  product_unit_price?: AliexpressSolutionOrderGetSimpleMoney;
  /** product unit */
  product_unit?: string;
  /** product standard */
  product_standard?: string;
  /** product snap Url */
  product_snap_url?: string;
  /** product name */
  product_name?: string;
  /** product main image url */
  product_img_url?: string;
  /** product id */
  product_id?: Int64;
  /** product count */
  product_count?: Int64;
  /** order ID */
  order_id?: Int64;
  /** fake one compensate three flag */
  money_back3x?: boolean;
  /** buyer memo */
  memo?: string;
  /** logistics service name( key) */
  logistics_type?: string;
  /** logistics service show name */
  logistics_service_name?: string;
  /** Logistics amount(sub-orders have no shipping costs, please ignore) */
  logistics_amount?: AliexpressSolutionOrderGetSimpleMoney;
  /** issue status (NO_ISSUE; IN_ISSUE; END_ISSUE) */
  issue_status?: string;
  /** issue mode */
  issue_mode?: string;
  /** goods prepare days */
  goods_prepare_time?: Int64;
  /** fund status (NOT_PAY; PAY_SUCCESS; WAIT_SELLER_CHECK) */
  fund_status?: string;
  /** Limited time */
  freight_commit_day?: string;
  /** escrow fee rate */
  escrow_fee_rate?: string;
  /** delivery time */
  delivery_time?: string;
  /** child order id */
  child_id?: Int64;
  /** Whether child orders can submit disputes */
  can_submit_issue?: boolean;
  /** buyer last name */
  buyer_signer_last_name?: string;
  /** buyer first name */
  buyer_signer_first_name?: string;
  /** afflicate fee rate */
  afflicate_fee_rate?: string;
}

/** `SimpleMoney` of `aliexpress.solution.order.get`. */
export interface AliexpressSolutionOrderGetSimpleMoney {
  /** currency code */
  currency_code?: string;
  /** amount */
  amount?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    create_date_end: 'String',
    create_date_start: 'String',
    modified_date_start: 'String',
    order_status_list: ['String'],
    buyer_login_id: 'String',
    page_size: 'Number',
    modified_date_end: 'String',
    current_page: 'Number',
    order_status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    total_count: 'Number',
    target_list: [
      {
        timeout_left_time: 'Number',
        seller_signer_fullname: 'String',
        seller_operator_login_id: 'String',
        seller_login_id: 'String',
        product_list: [
          {
            total_product_amount: {
              currency_code: 'String',
              amount: 'String',
            },
            son_order_status: 'String',
            sku_code: 'String',
            show_status: 'String',
            send_goods_time: 'String',
            send_goods_operator: 'String',
            product_unit_price: {
              currency_code: 'String',
              amount: 'String',
            },
            product_unit: 'String',
            product_standard: 'String',
            product_snap_url: 'String',
            product_name: 'String',
            product_img_url: 'String',
            product_id: 'Number',
            product_count: 'Number',
            order_id: 'Number',
            money_back3x: 'Boolean',
            memo: 'String',
            logistics_type: 'String',
            logistics_service_name: 'String',
            logistics_amount: {
              currency_code: 'String',
              amount: 'String',
            },
            issue_status: 'String',
            issue_mode: 'String',
            goods_prepare_time: 'Number',
            fund_status: 'String',
            freight_commit_day: 'String',
            escrow_fee_rate: 'String',
            delivery_time: 'String',
            child_id: 'Number',
            can_submit_issue: 'Boolean',
            buyer_signer_last_name: 'String',
            buyer_signer_first_name: 'String',
            afflicate_fee_rate: 'String',
          },
        ],
        phone: 'Boolean',
        payment_type: 'String',
        pay_amount: {
          currency_code: 'String',
          amount: 'String',
        },
        order_status: 'String',
        order_id: 'Number',
        order_detail_url: 'String',
        logistics_status: 'String',
        logisitcs_escrow_fee_rate: 'String',
        loan_amount: {
          currency_code: 'String',
          amount: 'String',
        },
        left_send_good_min: 'String',
        left_send_good_hour: 'String',
        left_send_good_day: 'String',
        issue_status: 'String',
        has_request_loan: 'Boolean',
        gmt_update: 'String',
        gmt_send_goods_time: 'String',
        gmt_pay_time: 'String',
        gmt_create: 'String',
        fund_status: 'String',
        frozen_status: 'String',
        escrow_fee_rate: 'Number',
        escrow_fee: {
          currency_code: 'String',
          amount: 'String',
        },
        end_reason: 'String',
        buyer_signer_fullname: 'String',
        buyer_login_id: 'String',
        biz_type: 'String',
        offline_pickup_type: 'String',
      },
    ],
    page_size: 'Number',
    error_code: 'String',
    current_page: 'Number',
    total_page: 'Number',
    success: 'Boolean',
    time_stamp: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.order.get`: method, response root, request and response schemas. */
export const aliexpressSolutionOrderGetOperation = {
  method: 'aliexpress.solution.order.get',
  responseRoot: 'aliexpress_solution_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * get order list — calls TOP method `aliexpress.solution.order.get`.
 *
 * Get Order List from AliExpress
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionOrderGet(
  client: TopClient,
  request: AliexpressSolutionOrderGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionOrderGetResponse> {
  return client.call<AliexpressSolutionOrderGetResponse>(
    {
      method: 'aliexpress.solution.order.get',
      responseRoot: 'aliexpress_solution_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
