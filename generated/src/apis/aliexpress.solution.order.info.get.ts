// Generated from specs/aesolution/aliexpress.solution.order.info.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.solution.order.info.get` (get order detail info). */
export interface AliexpressSolutionOrderInfoGetRequest {
  /** param */
  param1?: AliexpressSolutionOrderInfoGetOrderDetailQueryInput;
}

/** Response of `aliexpress.solution.order.info.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressSolutionOrderInfoGetResponse {
  /** result */
  result?: AliexpressSolutionOrderInfoGetBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderDetailQuery` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetOrderDetailQueryInput {
  /** It defines which details to be returned. Convert the number into binary format, for example, 16 to 10000. Only the last 5 bits take effects, starting from the end, 1st bit is for issue information, 2nd bit is for loan information, 3rd bit is for logistics information, 4th bit is for buyer information and 5th bit is for refund information. If any bit is 1, it means to return the corresponding information, for example, 3 wich is 00011, means to return issue information and logistics information. Leaving this field blank means return all information. */
  ext_info_bit_flag?: Int64Input;
  /** Order id */
  order_id?: Int64Input;
}

/** `BaseResult` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetBaseResult {
  /** error message */
  error_message?: string;
  /** time stamp */
  time_stamp?: string;
  /** error code */
  error_code?: string;
  /** data */
  data?: AliexpressSolutionOrderInfoGetGlobalAeopTpOrderDetailDto;
}

/** `GlobalAeopTpOrderDetailDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpOrderDetailDto {
  /** buyer info */
  buyer_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpPersonDto;
  /** modified time, it's US pacific time */
  gmt_modified?: string;
  /** receipt address */
  receipt_address?: AliexpressSolutionOrderInfoGetGlobalAeopTpAddressDto;
  /** Order end time */
  gmt_trade_end?: string;
  /** phone order or not */
  is_phone?: boolean;
  /** buyer login id */
  buyerloginid?: string;
  /** logistics amount */
  logistics_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** buyer memo */
  memo?: string;
  /** logisitcs escrow fee rate(Deprecated) */
  logisitcs_escrow_fee_rate?: string;
  /** Order Message list(deprecated) */
  order_msg_list?: AliexpressSolutionOrderInfoGetGlobalAeopTpOrderMsgDto[];
  /** child order ext info list */
  child_order_ext_info_list?: AliexpressSolutionOrderInfoGetGlobalAeopTpOrderProductInfoDto[];
  /** issue info */
  issue_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpIssueInfoDto;
  /** refund info */
  refund_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpRefundInfoDto;
  /** Payment settlement currency */
  settlement_currency?: string;
  /** logistics info */
  logistic_info_list?: AliexpressSolutionOrderInfoGetGlobalAeopTpLogisticInfoDto[];
  /** order pay amount(settlemet currency) */
  pay_amount_by_settlement_cur?: string;
  /** order ID */
  id?: Int64;
  /** frozen status */
  frozen_status?: string;
  /** issue status */
  issue_status?: string;
  /** logistics status：NO_LOGISTICS 、 WAIT_SELLER_SEND_GOODS, SELLER_SEND_PART_GOODS, SELLER_SEND_GOODS, BUYER_ACCEPT_GOODS,NO_LOGISTICS */
  logistics_status?: string;
  /** order amount */
  order_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** Seller full name */
  seller_signer_fullname?: string;
  /** Current status expiration date */
  over_time_left?: string;
  /** order end reason */
  order_end_reason?: string;
  /** order amount */
  init_oder_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** operation details list */
  opr_log_dto_list?: AliexpressSolutionOrderInfoGetGlobalAeopTpOperationLogDto[];
  /** child order list */
  child_order_list?: AliexpressSolutionOrderInfoGetGlobalAeopTpChildOrderDto[];
  /** order creation time */
  gmt_create?: string;
  /** seller operator login ID */
  seller_operator_login_id?: string;
  /** payment type */
  payment_type?: string;
  /** loan info */
  loan_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpLoanInfoDto2;
  /** Order Status：PLACE_ORDER_SUCCESS; IN_CANCEL; WAIT_SELLER_SEND_GOODS; SELLER_PART_SEND_GOODS; WAIT_BUYER_ACCEPT_GOODS; FUND_PROCESSING; IN_ISSUE; IN_FROZEN; WAIT_SELLER_EXAMINE_MONEY; RISK_CONTROL. */
  order_status?: string;
  /** buyer full name */
  buyer_signer_fullname?: string;
  /** successful payment time */
  gmt_pay_success?: string;
  /** loan status */
  loan_status?: string;
  /** seller operator ali login id */
  seller_operator_aliidloginid?: string;
  /** fund status */
  fund_status?: string;
  /** escrow fee (deprecated) */
  escrow_fee?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** cpf number of order */
  cpf_number?: string;
  /** pick-up type of order */
  offline_pickup_type?: string;
  /** Order discount total amount (sum of the platform and seller discounts) */
  order_discount_info?: AliexpressSolutionOrderInfoGetGlobalMoneyStr8;
  /** pickup point code of the specific order */
  offline_pickup_point_code?: string;
}

/** `GlobalAeopTpPersonDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpPersonDto {
  /** login ID */
  login_id?: string;
  /** last name */
  last_name?: string;
  /** first name */
  first_name?: string;
  /** country/region */
  country?: string;
}

/** `GlobalAeopTpAddressDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpAddressDto {
  /** Fax area code */
  fax_area?: string;
  /** Postal code */
  zip?: string;
  /** Fax country/region code */
  fax_country?: string;
  /** address 2 */
  address2?: string;
  /** detail address */
  detail_address?: string;
  /** country/region */
  country?: string;
  /** city */
  city?: string;
  /** fax number */
  fax_number?: string;
  /** phone number */
  phone_number?: string;
  /** address 1 */
  address?: string;
  /** province */
  province?: string;
  /** Phone area code */
  phone_area?: string;
  /** Phone country/region code */
  phone_country?: string;
  /** Recipient */
  contact_person?: string;
  /** mobile phone number */
  mobile_no?: string;
  /** localized address, currently only used in Russia */
  localized_address?: string;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr {
  /** Cent */
  cent?: Int64;
  /** Currency code */
  currency_code?: string;
  /** Amount */
  amount?: string;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency;
}

/** `Currency` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetCurrency {
  /** The default minimum accuracy of the currency */
  default_fraction_digits?: Int64;
  /** Numeric code of the currency */
  numeric_code?: Int64;
  /** Currency code */
  currency_code?: string;
  /** Symbol of the currency */
  symbol?: string;
  /** Display name of the currency */
  display_name?: string;
}

/** `GlobalAeopTpOrderMsgDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpOrderMsgDto {
  /** order id */
  id?: Int64;
  /** order creation time */
  gmt_create?: string;
  /** order modification time */
  gmt_modified?: string;
  /** business order id */
  business_order_id?: Int64;
  /** message status */
  status?: string;
  /** meesage content */
  content?: string;
  /** message sender ( buyer; seller) */
  poster?: string;
  /** sender login ID */
  sender_login_id?: string;
  /** sender account seq */
  sender_seq?: Int64;
  /** sender admin account seq */
  sender_admin_seq?: Int64;
  /** sender first name */
  sender_first_name?: string;
  /** send last name */
  sender_last_name?: string;
  /** receiver ID */
  receiver_login_id?: string;
  /** receiver account seq */
  receiver_seq?: Int64;
  /** receiver admin account seq */
  receiver_admin_seq?: Int64;
  /** receiver first name */
  receiver_first_name?: string;
  /** receiver last name */
  receiver_last_name?: string;
}

/** `GlobalAeopTpOrderProductInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpOrderProductInfoDto {
  /** product quantity */
  quantity?: Int64;
  /** product unit price */
  unit_price?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** product SKU details */
  sku?: string;
  /** product name */
  product_name?: string;
  /** product id */
  product_id?: Int64;
  /** Leaf category Id of the product */
  category_id?: string;
}

/** `GlobalAeopTpIssueInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpIssueInfoDto {
  /** Issue model */
  issue_model?: string;
  /** Issue status */
  issue_status?: string;
  /** issue creation time */
  issue_time?: string;
}

/** `GlobalAeopTpRefundInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpRefundInfoDto {
  /** refund reason */
  refund_reason?: string;
  /** refund status: wait_refund, refund_ok, refund_cancel, close, refund_frozen */
  refund_status?: string;
  /** refund coupon amount */
  refund_coupon_amt?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** refund cash amount */
  refund_cash_amt?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** refund type */
  refund_type?: string;
  /** refund time */
  refund_time?: string;
}

/** `GlobalAeopTpLogisticInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpLogisticInfoDto {
  /** logistics tracking number */
  logistics_no?: string;
  /** to get logistics tracking information */
  have_tracking_info?: boolean;
  /** un-receive reason,such as Country does not match */
  recv_status_desc?: string;
  /** logistics service show name */
  logistics_service_name?: string;
  /** ship order id */
  ship_order_id?: Int64;
  /** send time */
  gmt_send?: string;
  /** received time */
  gmt_received?: string;
  /** logistics service name key */
  logistics_type_code?: string;
  /** receive status。(default:initial value; received:; not_received; suspected_received) */
  receive_status?: string;
}

/** `GlobalAeopTpOperationLogDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpOperationLogDto {
  /** id */
  id?: Int64;
  /** order modification time */
  gmt_modified?: string;
  /** buyer memo */
  memo?: string;
  /** action type */
  action_type?: string;
  /** child order ID */
  child_order_id?: Int64;
  /** operator */
  operator?: string;
  /** order ID */
  order_id?: Int64;
  /** order creation time */
  gmt_create?: string;
}

/** `GlobalAeopTpChildOrderDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpChildOrderDto {
  /** snapshot ID */
  snapshot_id?: string;
  /** How many products in one piece or lot */
  lot_num?: Int64;
  /** logistics amount */
  logistics_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr2;
  /** goods prepare days */
  goods_prepare_time?: Int64;
  /** Extended attributes of product */
  product_attributes?: string;
  /** buyer memo */
  buyer_memo?: string;
  /** refund info */
  refund_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpRefundInfoDto2;
  /** product_unit */
  product_unit?: string;
  /** order ID */
  id?: Int64;
  /** logistics type */
  logistics_type?: string;
  /** frozen status（NO_FROZEN; IN_FROZEN） */
  frozen_status?: string;
  /** issue status */
  issue_status?: string;
  /** order sort id */
  order_sort_id?: Int64;
  /** affiliate fee rate */
  afflicate_fee_rate?: string;
  /** order amount */
  init_order_amt?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** child issue info */
  child_issue_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpIssueInfoDto2;
  /** logistics service name */
  logistics_service_name?: string;
  /** order loan info */
  loan_info?: AliexpressSolutionOrderInfoGetGlobalAeopTpLoanInfoDto;
  /** product snapshot Url */
  product_snap_url?: string;
  /** Order Status：PLACE_ORDER_SUCCESS; IN_CANCEL; WAIT_SELLER_SEND_GOODS; SELLER_PART_SEND_GOODS; WAIT_BUYER_ACCEPT_GOODS; FUND_PROCESSING; IN_ISSUE; IN_FROZEN; WAIT_SELLER_EXAMINE_MONEY; RISK_CONTROL. */
  order_status?: string;
  /** SKU code */
  sku_code?: string;
  /** SELLER_SEND_GOODS" or "WAREHOUSE_SEND_GOODS" */
  send_goods_operator?: string;
  /** product ID */
  product_id?: Int64;
  /** product quantity */
  product_count?: Int64;
  /** fund status (NOT_PAY；PAY_SUCCESS) */
  fund_status?: string;
  /** escrow fee rate */
  escrow_fee_rate?: string;
  /** product image Url */
  product_img_url?: string;
  /** child order ID */
  child_order_id?: string;
  /** product price */
  product_price?: AliexpressSolutionOrderInfoGetGlobalMoneyStr;
  /** product name */
  product_name?: string;
  /** snapshot small photo path */
  snapshot_small_photo_path?: string;
  /** Product specifications */
  product_standard?: string;
  /** cainiaoInternationalWarehouse */
  logistics_warehouse_type?: string;
  /** discount amount of child order */
  child_order_discount_info?: AliexpressSolutionOrderInfoGetGlobalMoneyStr6;
  /** An amount to adjust the product price on, for example, if the seller wants to give buyer a personal discount by the "Adjust price" button in order management backend. */
  child_order_adjust_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr6;
  /** discount detail list for each child order */
  child_order_discount_detail_list?: AliexpressSolutionOrderInfoGetGlobalAeopTpSaleDiscountInfo[];
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr2 {
  /** Currency code */
  currency_code?: string;
  /** Cent */
  cent?: Int64;
  /** Amount */
  amount_str?: string;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency2;
}

/** `Currency` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetCurrency2 {
  /** Display name of the currency */
  display_name?: string;
  /** Symbol of the currency */
  symbol?: string;
  /** Currency code */
  currency_code?: string;
  /** Numeric code of the currency */
  numeric_code?: Int64;
  /** The default minimum accuracy of the currency */
  default_fraction_digits?: Int64;
}

/** `GlobalAeopTpRefundInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpRefundInfoDto2 {
  /** refund reason */
  refund_reason?: string;
  /** refund status: wait_refund, refund_ok, refund_cancel, close, refund_frozen */
  refund_status?: string;
  /** refund coupon amount */
  refund_coupon_amt?: AliexpressSolutionOrderInfoGetGlobalMoneyStr3;
  /** refund cash amount */
  refund_cash_amt?: AliexpressSolutionOrderInfoGetGlobalMoneyStr4;
  /** refund type */
  refund_type?: string;
  /** refund time */
  refund_time?: string;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr3 {
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency;
  /** Cent */
  cent?: Int64;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Currency code */
  currency_code?: string;
  /** Amount */
  amount_str?: string;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr4 {
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency2;
  /** Amount */
  amount_str?: string;
  /** Currency code */
  currency_code?: string;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Cent */
  cent?: Int64;
}

/** `GlobalAeopTpIssueInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpIssueInfoDto2 {
  /** issue creation time */
  issue_time?: string;
  /** issue status: processing, canceled_issue, finish */
  issue_status?: string;
  /** issue model */
  issue_model?: string;
}

/** `GlobalAeopTpLoanInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpLoanInfoDto {
  /** loan amount */
  loan_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr5;
  /** loan time */
  loan_time?: string;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr5 {
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency2;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Amount */
  amount_str?: string;
  /** Currency code */
  currency_code?: string;
  /** Cent */
  cent?: Int64;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr6 {
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Amount */
  amount?: string;
  /** cent */
  cent?: Int64;
  /** currency code */
  currency_code?: string;
}

/** `GlobalAeopTpSaleDiscountInfo` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpSaleDiscountInfo {
  /** discount detail */
  discount_detail?: AliexpressSolutionOrderInfoGetGlobalMoneyStr6;
  /** Promotion owner, can be Seller, Platform or Mix. */
  promotion_owner?: string;
  /** promotion type */
  promotion_type?: string;
  /** promotion ID */
  promotion_id?: string;
}

/** `GlobalAeopTpLoanInfoDto` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalAeopTpLoanInfoDto2 {
  /** loan amount */
  loan_amount?: AliexpressSolutionOrderInfoGetGlobalMoneyStr7;
  /** loan time */
  loan_time?: string;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr7 {
  /** Cent */
  cent?: Int64;
  /** Amount */
  amount?: string;
  /** Currency code */
  currency_code?: string;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency2;
}

/** `GlobalMoneyStr` of `aliexpress.solution.order.info.get`. */
export interface AliexpressSolutionOrderInfoGetGlobalMoneyStr8 {
  /** Currency description */
  currency?: AliexpressSolutionOrderInfoGetCurrency2;
  /** The factor to the smallest currency unit */
  cent_factor?: Int64;
  /** Amount */
  amount?: string;
  /** currency code */
  currency_code?: string;
  /** Cent */
  cent?: Int64;
}

const REQUEST_SCHEMA = {
  param1: {
    ext_info_bit_flag: 'Number',
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    time_stamp: 'Date',
    error_code: 'String',
    data: {
      buyer_info: {
        login_id: 'String',
        last_name: 'String',
        first_name: 'String',
        country: 'String',
      },
      gmt_modified: 'String',
      receipt_address: {
        fax_area: 'String',
        zip: 'String',
        fax_country: 'String',
        address2: 'String',
        detail_address: 'String',
        country: 'String',
        city: 'String',
        fax_number: 'String',
        phone_number: 'String',
        address: 'String',
        province: 'String',
        phone_area: 'String',
        phone_country: 'String',
        contact_person: 'String',
        mobile_no: 'String',
        localized_address: 'String',
      },
      gmt_trade_end: 'String',
      is_phone: 'Boolean',
      buyerloginid: 'String',
      logistics_amount: {
        cent: 'Number',
        currency_code: 'String',
        amount: 'String',
        cent_factor: 'Number',
        currency: {
          default_fraction_digits: 'Number',
          numeric_code: 'Number',
          currency_code: 'String',
          symbol: 'String',
          display_name: 'String',
        },
      },
      memo: 'String',
      logisitcs_escrow_fee_rate: 'String',
      order_msg_list: [
        {
          id: 'Number',
          gmt_create: 'String',
          gmt_modified: 'String',
          business_order_id: 'Number',
          status: 'String',
          content: 'String',
          poster: 'String',
          sender_login_id: 'String',
          sender_seq: 'Number',
          sender_admin_seq: 'Number',
          sender_first_name: 'String',
          sender_last_name: 'String',
          receiver_login_id: 'String',
          receiver_seq: 'Number',
          receiver_admin_seq: 'Number',
          receiver_first_name: 'String',
          receiver_last_name: 'String',
        },
      ],
      child_order_ext_info_list: [
        {
          quantity: 'Number',
          unit_price: {
            cent: 'Number',
            currency_code: 'String',
            amount: 'String',
            cent_factor: 'Number',
            currency: {
              default_fraction_digits: 'Number',
              numeric_code: 'Number',
              currency_code: 'String',
              symbol: 'String',
              display_name: 'String',
            },
          },
          sku: 'String',
          product_name: 'String',
          product_id: 'Number',
          category_id: 'String',
        },
      ],
      issue_info: {
        issue_model: 'String',
        issue_status: 'String',
        issue_time: 'String',
      },
      refund_info: {
        refund_reason: 'String',
        refund_status: 'String',
        refund_coupon_amt: {
          cent: 'Number',
          currency_code: 'String',
          amount: 'String',
          cent_factor: 'Number',
          currency: {
            default_fraction_digits: 'Number',
            numeric_code: 'Number',
            currency_code: 'String',
            symbol: 'String',
            display_name: 'String',
          },
        },
        refund_cash_amt: {
          cent: 'Number',
          currency_code: 'String',
          amount: 'String',
          cent_factor: 'Number',
          currency: {
            default_fraction_digits: 'Number',
            numeric_code: 'Number',
            currency_code: 'String',
            symbol: 'String',
            display_name: 'String',
          },
        },
        refund_type: 'String',
        refund_time: 'String',
      },
      settlement_currency: 'String',
      logistic_info_list: [
        {
          logistics_no: 'String',
          have_tracking_info: 'Boolean',
          recv_status_desc: 'String',
          logistics_service_name: 'String',
          ship_order_id: 'Number',
          gmt_send: 'String',
          gmt_received: 'String',
          logistics_type_code: 'String',
          receive_status: 'String',
        },
      ],
      pay_amount_by_settlement_cur: 'String',
      id: 'Number',
      frozen_status: 'String',
      issue_status: 'String',
      logistics_status: 'String',
      order_amount: {
        cent: 'Number',
        currency_code: 'String',
        amount: 'String',
        cent_factor: 'Number',
        currency: {
          default_fraction_digits: 'Number',
          numeric_code: 'Number',
          currency_code: 'String',
          symbol: 'String',
          display_name: 'String',
        },
      },
      seller_signer_fullname: 'String',
      over_time_left: 'String',
      order_end_reason: 'String',
      init_oder_amount: {
        cent: 'Number',
        currency_code: 'String',
        amount: 'String',
        cent_factor: 'Number',
        currency: {
          default_fraction_digits: 'Number',
          numeric_code: 'Number',
          currency_code: 'String',
          symbol: 'String',
          display_name: 'String',
        },
      },
      opr_log_dto_list: [
        {
          id: 'Number',
          gmt_modified: 'String',
          memo: 'String',
          action_type: 'String',
          child_order_id: 'Number',
          operator: 'String',
          order_id: 'Number',
          gmt_create: 'String',
        },
      ],
      child_order_list: [
        {
          snapshot_id: 'String',
          lot_num: 'Number',
          logistics_amount: {
            currency_code: 'String',
            cent: 'Number',
            amount_str: 'String',
            cent_factor: 'Number',
            currency: {
              display_name: 'String',
              symbol: 'String',
              currency_code: 'String',
              numeric_code: 'Number',
              default_fraction_digits: 'Number',
            },
          },
          goods_prepare_time: 'Number',
          product_attributes: 'String',
          buyer_memo: 'String',
          refund_info: {
            refund_reason: 'String',
            refund_status: 'String',
            refund_coupon_amt: {
              currency: {
                default_fraction_digits: 'Number',
                numeric_code: 'Number',
                currency_code: 'String',
                symbol: 'String',
                display_name: 'String',
              },
              cent: 'Number',
              cent_factor: 'Number',
              currency_code: 'String',
              amount_str: 'String',
            },
            refund_cash_amt: {
              currency: {
                display_name: 'String',
                symbol: 'String',
                currency_code: 'String',
                numeric_code: 'Number',
                default_fraction_digits: 'Number',
              },
              amount_str: 'String',
              currency_code: 'String',
              cent_factor: 'Number',
              cent: 'Number',
            },
            refund_type: 'String',
            refund_time: 'String',
          },
          product_unit: 'String',
          id: 'Number',
          logistics_type: 'String',
          frozen_status: 'String',
          issue_status: 'String',
          order_sort_id: 'Number',
          afflicate_fee_rate: 'String',
          init_order_amt: {
            cent: 'Number',
            currency_code: 'String',
            amount: 'String',
            cent_factor: 'Number',
            currency: {
              default_fraction_digits: 'Number',
              numeric_code: 'Number',
              currency_code: 'String',
              symbol: 'String',
              display_name: 'String',
            },
          },
          child_issue_info: {
            issue_time: 'String',
            issue_status: 'String',
            issue_model: 'String',
          },
          logistics_service_name: 'String',
          loan_info: {
            loan_amount: {
              currency: {
                display_name: 'String',
                symbol: 'String',
                currency_code: 'String',
                numeric_code: 'Number',
                default_fraction_digits: 'Number',
              },
              cent_factor: 'Number',
              amount_str: 'String',
              currency_code: 'String',
              cent: 'Number',
            },
            loan_time: 'String',
          },
          product_snap_url: 'String',
          order_status: 'String',
          sku_code: 'String',
          send_goods_operator: 'String',
          product_id: 'Number',
          product_count: 'Number',
          fund_status: 'String',
          escrow_fee_rate: 'String',
          product_img_url: 'String',
          child_order_id: 'String',
          product_price: {
            cent: 'Number',
            currency_code: 'String',
            amount: 'String',
            cent_factor: 'Number',
            currency: {
              default_fraction_digits: 'Number',
              numeric_code: 'Number',
              currency_code: 'String',
              symbol: 'String',
              display_name: 'String',
            },
          },
          product_name: 'String',
          snapshot_small_photo_path: 'String',
          product_standard: 'String',
          logistics_warehouse_type: 'String',
          child_order_discount_info: {
            currency: {
              default_fraction_digits: 'Number',
              numeric_code: 'Number',
              currency_code: 'String',
              symbol: 'String',
              display_name: 'String',
            },
            cent_factor: 'Number',
            amount: 'String',
            cent: 'Number',
            currency_code: 'String',
          },
          child_order_adjust_amount: {
            currency: {
              default_fraction_digits: 'Number',
              numeric_code: 'Number',
              currency_code: 'String',
              symbol: 'String',
              display_name: 'String',
            },
            cent_factor: 'Number',
            amount: 'String',
            cent: 'Number',
            currency_code: 'String',
          },
          child_order_discount_detail_list: [
            {
              discount_detail: {
                currency: {
                  default_fraction_digits: 'Number',
                  numeric_code: 'Number',
                  currency_code: 'String',
                  symbol: 'String',
                  display_name: 'String',
                },
                cent_factor: 'Number',
                amount: 'String',
                cent: 'Number',
                currency_code: 'String',
              },
              promotion_owner: 'String',
              promotion_type: 'String',
              promotion_id: 'String',
            },
          ],
        },
      ],
      gmt_create: 'String',
      seller_operator_login_id: 'String',
      payment_type: 'String',
      loan_info: {
        loan_amount: {
          cent: 'Number',
          amount: 'String',
          currency_code: 'String',
          cent_factor: 'Number',
          currency: {
            display_name: 'String',
            symbol: 'String',
            currency_code: 'String',
            numeric_code: 'Number',
            default_fraction_digits: 'Number',
          },
        },
        loan_time: 'String',
      },
      order_status: 'String',
      buyer_signer_fullname: 'String',
      gmt_pay_success: 'String',
      loan_status: 'String',
      seller_operator_aliidloginid: 'String',
      fund_status: 'String',
      escrow_fee: {
        cent: 'Number',
        currency_code: 'String',
        amount: 'String',
        cent_factor: 'Number',
        currency: {
          default_fraction_digits: 'Number',
          numeric_code: 'Number',
          currency_code: 'String',
          symbol: 'String',
          display_name: 'String',
        },
      },
      cpf_number: 'String',
      offline_pickup_type: 'String',
      order_discount_info: {
        currency: {
          display_name: 'String',
          symbol: 'String',
          currency_code: 'String',
          numeric_code: 'Number',
          default_fraction_digits: 'Number',
        },
        cent_factor: 'Number',
        amount: 'String',
        currency_code: 'String',
        cent: 'Number',
      },
      offline_pickup_point_code: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.solution.order.info.get`: method, response root, request and response schemas. */
export const aliexpressSolutionOrderInfoGetOperation = {
  method: 'aliexpress.solution.order.info.get',
  responseRoot: 'aliexpress_solution_order_info_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * get order detail info — calls TOP method `aliexpress.solution.order.info.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressSolutionOrderInfoGet(
  client: TopClient,
  request: AliexpressSolutionOrderInfoGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressSolutionOrderInfoGetResponse> {
  return client.call<AliexpressSolutionOrderInfoGetResponse>(
    {
      method: 'aliexpress.solution.order.info.get',
      responseRoot: 'aliexpress_solution_order_info_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
