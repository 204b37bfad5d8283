// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.coupon.valid.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.coupon.valid.list` (用户有效优惠券列表). */
export interface AlitripMerchantGalaxyCouponValidListRequest {
  /** 租户Id */
  tenant_key: string;
  /** 用户Token */
  token?: string;
}

/** Response of `alitrip.merchant.galaxy.coupon.valid.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyCouponValidListResponse {
  /** 结果 */
  result?: AlitripMerchantGalaxyCouponValidListResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.coupon.valid.list`. */
export interface AlitripMerchantGalaxyCouponValidListResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 状态码 */
  error_code?: string;
  /** 优惠券实例 */
  content?: AlitripMerchantGalaxyCouponValidListWeChatCouponVO;
  /** 错误信息 */
  error_msg?: string;
}

/** `WeChatCouponVO` of `alitrip.merchant.galaxy.coupon.valid.list`. */
export interface AlitripMerchantGalaxyCouponValidListWeChatCouponVO {
  /** 优惠券实例对象 */
  coupon_info_v_o?: AlitripMerchantGalaxyCouponValidListCouponInfoVO[];
  /** 加密串 */
  sign?: string;
  /** 商户号 */
  send_coupon_merchant?: string;
  /** 1 */
  send_coupon_params?: AlitripMerchantGalaxyCouponValidListSendCouponParams[];
}

/** `CouponInfoVO` of `alitrip.merchant.galaxy.coupon.valid.list`. */
export interface AlitripMerchantGalaxyCouponValidListCouponInfoVO {
  /** 实例id */
  instance_id?: Int64;
  /** 折扣 */
  discount_amount?: string;
  /** 门槛 */
  condition_amount?: string;
  /** 描述 */
  detail_desc?: string;
  /** 优惠券名字 */
  coupon_name?: string;
  /** 过期时间 */
  expired_time_min?: string;
  /** 优惠券类型 */
  coupon_type?: string;
  /** 模板id */
  coupon_template_id?: Int64;
  /** 描述 */
  condition_desc?: string;
  /** 状态 */
  status?: string;
}

/** `SendCouponParams` of `alitrip.merchant.galaxy.coupon.valid.list`. */
export interface AlitripMerchantGalaxyCouponValidListSendCouponParams {
  /** 1 */
  stock_id?: string;
  /** 1 */
  out_request_no?: string;
  /** 1 */
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
      coupon_info_v_o: [
        {
          instance_id: 'Number',
          discount_amount: 'String',
          condition_amount: 'String',
          detail_desc: 'String',
          coupon_name: 'String',
          expired_time_min: 'String',
          coupon_type: 'String',
          coupon_template_id: 'Number',
          condition_desc: 'String',
          status: 'String',
        },
      ],
      sign: 'String',
      send_coupon_merchant: 'String',
      send_coupon_params: [
        {
          stock_id: 'String',
          out_request_no: 'String',
          coupon_code: 'String',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.coupon.valid.list`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyCouponValidListOperation = {
  method: 'alitrip.merchant.galaxy.coupon.valid.list',
  responseRoot: 'alitrip_merchant_galaxy_coupon_valid_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 用户有效优惠券列表 — calls TOP method `alitrip.merchant.galaxy.coupon.valid.list`.
 *
 * 雅高小程序用户有效优惠券列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyCouponValidList(
  client: TopClient,
  request: AlitripMerchantGalaxyCouponValidListRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyCouponValidListResponse> {
  return client.call<AlitripMerchantGalaxyCouponValidListResponse>(
    {
      method: 'alitrip.merchant.galaxy.coupon.valid.list',
      responseRoot: 'alitrip_merchant_galaxy_coupon_valid_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
