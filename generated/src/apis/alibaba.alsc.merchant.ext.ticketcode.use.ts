// Generated from specs/alscmerchant/alibaba.alsc.merchant.ext.ticketcode.use.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.merchant.ext.ticketcode.use` (外部核销服务). */
export interface AlibabaAlscMerchantExtTicketcodeUseRequest {
  /** 外部券使用请求 */
  use_request: AlibabaAlscMerchantExtTicketcodeUseExternalTicketUseRequestInput;
}

/** Response of `alibaba.alsc.merchant.ext.ticketcode.use`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscMerchantExtTicketcodeUseResponse {
  /** 口碑子订单号, 即alsc_sub_order_no //****** 20220922后对接的服务商，不支持该字段 ****** */
  order_no?: string;
  /** 用户购买时商品的原价，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  original_price?: string;
  /** 该字段用于描述本次返回中的业务属性，现有：TICKET_ALREADY_USED（幂等业务码） */
  biz_code?: string;
  /** 用户购买时商品的现价，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  current_price?: string;
  /** 商家优惠金额，单位为元，精确到小数点后两位，一次性核销多份券场景，返回总商家优惠金额 //****** 20220922后对接的服务商，不支持该字段 ****** */
  discount_amount?: string;
  /** 交易中可给用户开具发票的金额，单位为元，精确到小数点后两位，一次性核销多份券场景，返回总开票金额 //****** 20220922后对接的服务商，不支持该字段 ****** */
  invoice_amount?: string;
  /** 券核销门店ID //****** 20220922后对接的服务商，不支持该字段 ****** */
  use_shop_id?: string;
  /** 凭证对应商品别名，在口碑商品创建时候设置 //****** 20220922后对接的服务商，不支持该字段 ****** */
  item_alias?: string;
  /** 券核销门店名称 //****** 20220922后对接的服务商，不支持该字段 ****** */
  use_shop_name?: string;
  /** 口碑商品ID //****** 20220922后对接的服务商，不支持该字段 ****** */
  item_id?: string;
  /** 商家实收金额，单位为元，精确到小数点后两位，一次性核销多份券场景，返回总商家实收金额 //****** 20220922后对接的服务商，不支持该字段 ****** */
  receipt_amount?: string;
  /** 用户购买时商品的名称 //****** 20220922后对接的服务商，不支持该字段 ****** */
  item_name?: string;
  /** 核销流水号 //****** 20220922后对接的服务商，不支持该字段 ****** */
  ticket_trans_id?: string;
  /** 券核销时间 */
  use_date?: string;
  /** 凭证码对应的凭证资产id //****** 20220922后对接的服务商，不支持该字段 ****** */
  voucher_id?: string;
  /** 外部请求号，支持英文字母和数字，由开发者自行定义（不允许重复） */
  ticket_request_id?: string;
  /** 用户购买券的时候实际支付的金额，单位为元，精确到小数点后两位，一次性核销多份券场景，返回总实际支付金额 //****** 20220922后对接的服务商，不支持该字段 ****** */
  buyer_pay_amount?: string;
  /** 一次性核销多份场景，被核销的凭证明细信息 */
  ticket_use_details?: AlibabaAlscMerchantExtTicketcodeUseMerchantTicketUseDetail[];
  /** 口碑补贴金额，单位为元，精确到小数点后两位，一次性核销多份券场景，返回总口碑补贴金额 //****** 20220922后对接的服务商，不支持该字段 ****** */
  merchant_subsidy_amount?: string;
  /** 12位的券码，券码为纯数字，且唯一不重复 //****** 20220922后对接的服务商，不支持该字段 ****** */
  ticket_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ExternalTicketUseRequest` of `alibaba.alsc.merchant.ext.ticketcode.use`. */
export interface AlibabaAlscMerchantExtTicketcodeUseExternalTicketUseRequestInput {
  /** 特殊可选 核销份数，次卡业务必填、非次卡业务选填， 非次卡场景表示核销同一订单下的同类凭证的个数 */
  quantity?: string;
  /** 外部请求号，支持英文字母和数字，由开发者自行定义（不允许重复） */
  ticket_request_id?: string;
  /** 核销的口碑门店id(门店同步API中的alsc_store_id)，目前是必填。只有加白的合作方法可以不填写 */
  shop_id?: string;
  /** 门店id类型,INTERNAL_SHOP(内部店铺id),EXTERNAL_SHOP(外部店铺id),默认INTERNAL_SHOP */
  shop_type?: string;
  /** 凭证码，包括内部凭证码和外部凭证码，内部凭证码为12位，纯数字，且唯一不重复 */
  ticket_code?: string;
  /** 业务发生时间，默认为接口调用时间 */
  gmt_biz?: DateInput;
  /** 本地侧凭证id，如果是三方码值核销传参ticketId,则该参数必须 */
  ticket_id?: string;
  /** 需要发送的码列表，其中code表示串码码值，num表示码的可核销份数 */
  ticket_infos?: AlibabaAlscMerchantExtTicketcodeUseTicketInfoInput[];
}

/** `TicketInfo` of `alibaba.alsc.merchant.ext.ticketcode.use`. */
export interface AlibabaAlscMerchantExtTicketcodeUseTicketInfoInput {
  /** 码的可核销份数 */
  quantity?: string;
  /** 凭证码值，必填 */
  ticket_code?: string;
  /** 本地生活凭证id(奇门发码通知中的ticketId)，必填 */
  ticket_id?: string;
}

/** `MerchantTicketUseDetail` of `alibaba.alsc.merchant.ext.ticketcode.use`. */
export interface AlibabaAlscMerchantExtTicketcodeUseMerchantTicketUseDetail {
  /** 券核销流水号 */
  ticket_trans_id?: string;
  /** 核销的券码 */
  ticket_code?: string;
  /** 用户购买券的时候实际支付的金额，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  buyer_pay_amount?: string;
  /** 商家实收金额，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  receipt_amount?: string;
  /** 商家优惠金额，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  discount_amount?: string;
  /** 口碑补贴金额，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  merchant_subsidy_amount?: string;
  /** 交易中可给用户开具发票的金额，单位为元，精确到小数点后两位 //****** 20220922后对接的服务商，不支持该字段 ****** */
  invoice_amount?: string;
  /** 对应的凭证id */
  ticket_id?: string;
}

const REQUEST_SCHEMA = {
  use_request: {
    quantity: 'String',
    ticket_request_id: 'String',
    shop_id: 'String',
    shop_type: 'String',
    ticket_code: 'String',
    gmt_biz: 'Date',
    ticket_id: 'String',
    ticket_infos: [
      {
        quantity: 'String',
        ticket_code: 'String',
        ticket_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_no: 'String',
  original_price: 'String',
  biz_code: 'String',
  current_price: 'String',
  discount_amount: 'String',
  invoice_amount: 'String',
  use_shop_id: 'String',
  item_alias: 'String',
  use_shop_name: 'String',
  item_id: 'String',
  receipt_amount: 'String',
  item_name: 'String',
  ticket_trans_id: 'String',
  use_date: 'String',
  voucher_id: 'String',
  ticket_request_id: 'String',
  buyer_pay_amount: 'String',
  ticket_use_details: [
    {
      ticket_trans_id: 'String',
      ticket_code: 'String',
      buyer_pay_amount: 'String',
      receipt_amount: 'String',
      discount_amount: 'String',
      merchant_subsidy_amount: 'String',
      invoice_amount: 'String',
      ticket_id: 'String',
    },
  ],
  merchant_subsidy_amount: 'String',
  ticket_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.merchant.ext.ticketcode.use`: method, response root, request and response schemas. */
export const alibabaAlscMerchantExtTicketcodeUseOperation = {
  method: 'alibaba.alsc.merchant.ext.ticketcode.use',
  responseRoot: 'alibaba_alsc_merchant_ext_ticketcode_use_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部核销服务 — calls TOP method `alibaba.alsc.merchant.ext.ticketcode.use`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscMerchantExtTicketcodeUse(
  client: TopClient,
  request: AlibabaAlscMerchantExtTicketcodeUseRequest,
  options?: CallOptions,
): Promise<AlibabaAlscMerchantExtTicketcodeUseResponse> {
  return client.call<AlibabaAlscMerchantExtTicketcodeUseResponse>(
    {
      method: 'alibaba.alsc.merchant.ext.ticketcode.use',
      responseRoot: 'alibaba_alsc_merchant_ext_ticketcode_use_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
