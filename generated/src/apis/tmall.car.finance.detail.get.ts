// Generated from specs/tmallcar/tmall.car.finance.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.car.finance.detail.get` (查询汽车金融订单信息). */
export interface TmallCarFinanceDetailGetRequest {
  /** 查询参数 */
  param0: TmallCarFinanceDetailGetFinanceDetailQueryReqInput;
}

/** Response of `tmall.car.finance.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarFinanceDetailGetResponse {
  /** 查询数据对象 */
  data?: TmallCarFinanceDetailGetFinanceDetailInfoDTO;
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FinanceDetailQueryReq` of `tmall.car.finance.detail.get`. */
export interface TmallCarFinanceDetailGetFinanceDetailQueryReqInput {
  /** 订单id */
  order_id: Int64Input;
}

/** `FinanceDetailInfoDTO` of `tmall.car.finance.detail.get`. */
export interface TmallCarFinanceDetailGetFinanceDetailInfoDTO {
  /** 商品id */
  item_id?: Int64;
  /** 订单金额 */
  amount?: Int64;
  /** 是否支付定金 */
  earnest_paid?: boolean;
  /** 是否有效订单 */
  valid?: boolean;
  /** 品牌id */
  brand_id?: Int64;
  /** 品牌名称 */
  brand_name?: string;
  /** 车系id */
  series_id?: Int64;
  /** 车系名称 */
  series_name?: string;
  /** 车型id */
  model_id?: Int64;
  /** 车型名称 */
  model_name?: string;
  /** 业务内容 */
  biz_content?: string;
  /** 外部金融订单号 */
  outer_finance_order_id?: string;
  /** 厂商名称 */
  manufacture_name?: string;
  /** bookingShopInfo */
  booking_shop_info?: TmallCarFinanceDetailGetAutoShopDTO;
  /** 购车人信息 */
  purchase_user_info?: TmallCarFinanceDetailGetPurchaseUserDTO;
  /** 收货地址 */
  delivery_address?: TmallCarFinanceDetailGetDeliveryAddressDTO;
  /** 金融方案信息 */
  finance_info?: TmallCarFinanceDetailGetAutoFinanceDTO;
}

/** `AutoShopDTO` of `tmall.car.finance.detail.get`. */
export interface TmallCarFinanceDetailGetAutoShopDTO {
  /** 门店id */
  shop_id?: Int64;
  /** 门店自用编码 */
  shop_outer_num?: string;
  /** 门店名称 */
  shop_name?: string;
  /** 一级经销商名称 */
  first_level_shop_name?: string;
  /** 门店所在省份 */
  province_name?: string;
  /** 门店所在城市 */
  city_name?: string;
  /** 经销商开票代码 */
  shop_invoice_code?: string;
  /** 一级经销商编码 */
  first_level_shop_code?: string;
}

/** `PurchaseUserDTO` of `tmall.car.finance.detail.get`. */
export interface TmallCarFinanceDetailGetPurchaseUserDTO {
  /** 购车人姓名 */
  user_name?: string;
  /** 购车人手机号 */
  mobile?: string;
  /** 购车人证号号 */
  identity_no?: string;
  /** 证件类型编码 */
  identity_type?: string;
  /** 证件类型描述 */
  identity_type_desc?: string;
}

/** `DeliveryAddressDTO` of `tmall.car.finance.detail.get`. */
export interface TmallCarFinanceDetailGetDeliveryAddressDTO {
  /** 收货人详细地址 */
  detail_address?: string;
}

/** `AutoFinanceDTO` of `tmall.car.finance.detail.get`. */
export interface TmallCarFinanceDetailGetAutoFinanceDTO {
  /** 金融方案名称 */
  loan_plan_name?: string;
  /** 金融方案英文名称 */
  loan_plan_en_name?: string;
  /** 期数 */
  periods?: Int64;
  /** 首付金额（单位：分） */
  down_payment_amount?: Int64;
  /** 申请贷款金额（单位：分） */
  loan_amount?: Int64;
  /** 合同利率 */
  contract_interest_rate?: string;
  /** 产品的基本利率 */
  loan_interest_rate?: string;
  /** 月供（单位：分） */
  month_payment?: Int64;
  /** 首付比例 */
  down_payment_ratio?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    order_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    item_id: 'Number',
    amount: 'Number',
    earnest_paid: 'Boolean',
    valid: 'Boolean',
    brand_id: 'Number',
    brand_name: 'String',
    series_id: 'Number',
    series_name: 'String',
    model_id: 'Number',
    model_name: 'String',
    biz_content: 'String',
    outer_finance_order_id: 'String',
    manufacture_name: 'String',
    booking_shop_info: {
      shop_id: 'Number',
      shop_outer_num: 'String',
      shop_name: 'String',
      first_level_shop_name: 'String',
      province_name: 'String',
      city_name: 'String',
      shop_invoice_code: 'String',
      first_level_shop_code: 'String',
    },
    purchase_user_info: {
      user_name: 'String',
      mobile: 'String',
      identity_no: 'String',
      identity_type: 'String',
      identity_type_desc: 'String',
    },
    delivery_address: {
      detail_address: 'String',
    },
    finance_info: {
      loan_plan_name: 'String',
      loan_plan_en_name: 'String',
      periods: 'Number',
      down_payment_amount: 'Number',
      loan_amount: 'Number',
      contract_interest_rate: 'String',
      loan_interest_rate: 'String',
      month_payment: 'Number',
      down_payment_ratio: 'String',
    },
  },
  msg_info: 'String',
  msg_code: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `tmall.car.finance.detail.get`: method, response root, request and response schemas. */
export const tmallCarFinanceDetailGetOperation = {
  method: 'tmall.car.finance.detail.get',
  responseRoot: 'tmall_car_finance_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询汽车金融订单信息 — calls TOP method `tmall.car.finance.detail.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarFinanceDetailGet(
  client: TopClient,
  request: TmallCarFinanceDetailGetRequest,
  options?: CallOptions,
): Promise<TmallCarFinanceDetailGetResponse> {
  return client.call<TmallCarFinanceDetailGetResponse>(
    {
      method: 'tmall.car.finance.detail.get',
      responseRoot: 'tmall_car_finance_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
