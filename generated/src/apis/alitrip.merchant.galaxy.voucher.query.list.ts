// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.voucher.query.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.voucher.query.list` (查询代金券列表). */
export interface AlitripMerchantGalaxyVoucherQueryListRequest {
  /** 租户id */
  tenant_key?: string;
  /** 用户token */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.voucher.query.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyVoucherQueryListResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyVoucherQueryListResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.voucher.query.list`. */
export interface AlitripMerchantGalaxyVoucherQueryListResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回体 */
  content?: AlitripMerchantGalaxyVoucherQueryListVoucherParameter;
  /** 错误信息 */
  error_msg?: string;
}

/** `VoucherParameter` of `alitrip.merchant.galaxy.voucher.query.list`. */
export interface AlitripMerchantGalaxyVoucherQueryListVoucherParameter {
  /** 套餐券实体类 */
  voucher?: AlitripMerchantGalaxyVoucherQueryListVoucherInfoVO[];
  /** 添加优惠券参至卡包参数 */
  send_coupon_params?: AlitripMerchantGalaxyVoucherQueryListSendCouponParams[];
  /** 加密签名 */
  sign?: string;
  /** 商户号 */
  send_coupon_merchant?: string;
}

/** `VoucherInfoVO` of `alitrip.merchant.galaxy.voucher.query.list`. */
export interface AlitripMerchantGalaxyVoucherQueryListVoucherInfoVO {
  /** 代金券id：用来跳转详情页使用 */
  voucher_id?: string;
  /** 雅高merchantId */
  merchant_id?: string;
  /** 代金券状态 */
  voucher_status?: string;
  /** 可约酒店数量 */
  hotel_number?: Int64;
  /** 代金券使用时间 */
  voucher_used_date?: string;
  /** 代金券关联订单id */
  order_id?: string;
  /** 券码价格 */
  voucher_price?: Int64;
  /** 券码数量 */
  voucher_number?: Int64;
  /** 券码名称 */
  voucher_name?: string;
  /** 有效期开始时间 */
  effective_date?: string;
  /** 有效期结束时间 */
  expire_date?: string;
  /** 可约日期 */
  appointment_notice?: AlitripMerchantGalaxyVoucherQueryListBaseDescVO[];
  /** 可约日期 */
  available_date_list?: string[];
  /** 头图 */
  img?: string;
  /** 关联酒店集合 */
  hotel_list?: string[];
  /** 关联rpCode集合 */
  rate_code_list?: string[];
  /** 加价规则 */
  markup_rule_list?: string[];
  /** 预订间夜 */
  night_account?: Int64;
  /** skuId */
  sku_id?: string;
}

/** `BaseDescVO` of `alitrip.merchant.galaxy.voucher.query.list`. */
export interface AlitripMerchantGalaxyVoucherQueryListBaseDescVO {
  /** 名称 */
  name?: string;
  /** 描述 */
  description?: string;
}

/** `SendCouponParams` of `alitrip.merchant.galaxy.voucher.query.list`. */
export interface AlitripMerchantGalaxyVoucherQueryListSendCouponParams {
  /** 优惠券微信支付的模板id */
  stock_id?: string;
  /** 创建优惠券时的批次号 */
  out_request_no?: string;
  /** 券code */
  coupon_code?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      voucher: [
        {
          voucher_id: 'String',
          merchant_id: 'String',
          voucher_status: 'String',
          hotel_number: 'Number',
          voucher_used_date: 'String',
          order_id: 'String',
          voucher_price: 'Number',
          voucher_number: 'Number',
          voucher_name: 'String',
          effective_date: 'String',
          expire_date: 'String',
          appointment_notice: [
            {
              name: 'String',
              description: 'String',
            },
          ],
          available_date_list: ['String'],
          img: 'String',
          hotel_list: ['String'],
          rate_code_list: ['String'],
          markup_rule_list: ['String'],
          night_account: 'Number',
          sku_id: 'String',
        },
      ],
      send_coupon_params: [
        {
          stock_id: 'String',
          out_request_no: 'String',
          coupon_code: 'String',
        },
      ],
      sign: 'String',
      send_coupon_merchant: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.voucher.query.list`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyVoucherQueryListOperation = {
  method: 'alitrip.merchant.galaxy.voucher.query.list',
  responseRoot: 'alitrip_merchant_galaxy_voucher_query_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询代金券列表 — calls TOP method `alitrip.merchant.galaxy.voucher.query.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyVoucherQueryList(
  client: TopClient,
  request: AlitripMerchantGalaxyVoucherQueryListRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyVoucherQueryListResponse> {
  return client.call<AlitripMerchantGalaxyVoucherQueryListResponse>(
    {
      method: 'alitrip.merchant.galaxy.voucher.query.list',
      responseRoot: 'alitrip_merchant_galaxy_voucher_query_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
