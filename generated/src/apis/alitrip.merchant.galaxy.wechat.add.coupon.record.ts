// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.wechat.add.coupon.record.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.wechat.add.coupon.record` (星河-记录用户微信优惠券领取记录). */
export interface AlitripMerchantGalaxyWechatAddCouponRecordRequest {
  /** 租户id */
  tenant_key: string;
  /** 用户token */
  token?: string;
  /** 卡类型 */
  card_type?: string;
  /** 实体类 */
  send_coupon_result?: string;
}

/** Response of `alitrip.merchant.galaxy.wechat.add.coupon.record`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyWechatAddCouponRecordResponse {
  /** 返回对象 */
  result?: AlitripMerchantGalaxyWechatAddCouponRecordResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.wechat.add.coupon.record`. */
export interface AlitripMerchantGalaxyWechatAddCouponRecordResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 返回体 */
  content?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  card_type: 'String',
  send_coupon_result: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.wechat.add.coupon.record`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyWechatAddCouponRecordOperation = {
  method: 'alitrip.merchant.galaxy.wechat.add.coupon.record',
  responseRoot: 'alitrip_merchant_galaxy_wechat_add_coupon_record_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-记录用户微信优惠券领取记录 — calls TOP method `alitrip.merchant.galaxy.wechat.add.coupon.record`.
 *
 * 雅高小程序添加优惠券实例
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyWechatAddCouponRecord(
  client: TopClient,
  request: AlitripMerchantGalaxyWechatAddCouponRecordRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyWechatAddCouponRecordResponse> {
  return client.call<AlitripMerchantGalaxyWechatAddCouponRecordResponse>(
    {
      method: 'alitrip.merchant.galaxy.wechat.add.coupon.record',
      responseRoot: 'alitrip_merchant_galaxy_wechat_add_coupon_record_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
