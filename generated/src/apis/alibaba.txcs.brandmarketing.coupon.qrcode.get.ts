// Generated from specs/wdk/alibaba.txcs.brandmarketing.coupon.qrcode.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.txcs.brandmarketing.coupon.qrcode.get` (品牌营销导购员券页面二维码获取). */
export interface AlibabaTxcsBrandmarketingCouponQrcodeGetRequest {
  /** 请求信息 */
  coupon_qrcode_param_do: AlibabaTxcsBrandmarketingCouponQrcodeGetCouponQrcodeParamDOInput;
}

/** Response of `alibaba.txcs.brandmarketing.coupon.qrcode.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTxcsBrandmarketingCouponQrcodeGetResponse {
  /** 返回结果 */
  api_result?: AlibabaTxcsBrandmarketingCouponQrcodeGetApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponQrcodeParamDO` of `alibaba.txcs.brandmarketing.coupon.qrcode.get`. */
export interface AlibabaTxcsBrandmarketingCouponQrcodeGetCouponQrcodeParamDOInput {
  /** 商家编码 */
  merchant_code: string;
  /** 品牌名称 */
  brand_name: string;
  /** 导购员ID，需要保证唯一性 */
  guide_id: string;
  /** 推广开始时间 */
  start_time: DateInput;
  /** 推广结束时间 */
  end_time: DateInput;
}

/** `ApiResult` of `alibaba.txcs.brandmarketing.coupon.qrcode.get`. */
export interface AlibabaTxcsBrandmarketingCouponQrcodeGetApiResult {
  /** 返回内容 */
  model?: AlibabaTxcsBrandmarketingCouponQrcodeGetCouponQrcodeResultDO;
  /** 错误信息 */
  err_msg?: string;
  /** 错误编码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `CouponQrcodeResultDO` of `alibaba.txcs.brandmarketing.coupon.qrcode.get`. */
export interface AlibabaTxcsBrandmarketingCouponQrcodeGetCouponQrcodeResultDO {
  /** 二维码url */
  qrcode_url?: string;
}

const REQUEST_SCHEMA = {
  coupon_qrcode_param_do: {
    merchant_code: 'String',
    brand_name: 'String',
    guide_id: 'String',
    start_time: 'Date',
    end_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    model: {
      qrcode_url: 'String',
    },
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.txcs.brandmarketing.coupon.qrcode.get`: method, response root, request and response schemas. */
export const alibabaTxcsBrandmarketingCouponQrcodeGetOperation = {
  method: 'alibaba.txcs.brandmarketing.coupon.qrcode.get',
  responseRoot: 'alibaba_txcs_brandmarketing_coupon_qrcode_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌营销导购员券页面二维码获取 — calls TOP method `alibaba.txcs.brandmarketing.coupon.qrcode.get`.
 *
 * 构建券页码二维码url
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTxcsBrandmarketingCouponQrcodeGet(
  client: TopClient,
  request: AlibabaTxcsBrandmarketingCouponQrcodeGetRequest,
  options?: CallOptions,
): Promise<AlibabaTxcsBrandmarketingCouponQrcodeGetResponse> {
  return client.call<AlibabaTxcsBrandmarketingCouponQrcodeGetResponse>(
    {
      method: 'alibaba.txcs.brandmarketing.coupon.qrcode.get',
      responseRoot: 'alibaba_txcs_brandmarketing_coupon_qrcode_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
