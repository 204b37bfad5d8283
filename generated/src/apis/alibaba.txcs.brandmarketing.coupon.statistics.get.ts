// Generated from specs/wdk/alibaba.txcs.brandmarketing.coupon.statistics.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.txcs.brandmarketing.coupon.statistics.get` (品牌营销导购员券推广统计数据回流). */
export interface AlibabaTxcsBrandmarketingCouponStatisticsGetRequest {
  /** 请求信息 */
  coupon_statistics_param_do: AlibabaTxcsBrandmarketingCouponStatisticsGetCouponStatisticsParamDOInput;
}

/** Response of `alibaba.txcs.brandmarketing.coupon.statistics.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTxcsBrandmarketingCouponStatisticsGetResponse {
  /** 返回结果 */
  api_page_result?: AlibabaTxcsBrandmarketingCouponStatisticsGetApiPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponStatisticsParamDO` of `alibaba.txcs.brandmarketing.coupon.statistics.get`. */
export interface AlibabaTxcsBrandmarketingCouponStatisticsGetCouponStatisticsParamDOInput {
  /** 页码，即当前第几页 */
  page_index: Int64Input;
  /** 每页记录数，不能超过200 */
  page_size: Int64Input;
  /** 日期，格式为yyyymmdd */
  statistics_date: string;
  /** 品牌名称数组 */
  brand_names?: string[];
}

/** `ApiPageResult` of `alibaba.txcs.brandmarketing.coupon.statistics.get`. */
export interface AlibabaTxcsBrandmarketingCouponStatisticsGetApiPageResult {
  /** 是否还有下一页 */
  has_next?: boolean;
  /** 页码 */
  page_index?: Int64;
  /** 每页记录数 */
  page_size?: Int64;
  /** 错误编码 */
  err_code?: string;
  /** 返回内容 */
  models?: AlibabaTxcsBrandmarketingCouponStatisticsGetCouponStatisticsResultDO[];
  /** 错误信息 */
  err_msg?: string;
  /** 是否成功 */
  success?: string;
}

/** `CouponStatisticsResultDO` of `alibaba.txcs.brandmarketing.coupon.statistics.get`. */
export interface AlibabaTxcsBrandmarketingCouponStatisticsGetCouponStatisticsResultDO {
  /** 核券量 */
  use_coupon_count?: Int64;
  /** 发券量 */
  send_coupon_count?: Int64;
  /** 券id */
  coupon_id?: string;
  /** 券名称 */
  coupon_name?: string;
  /** 导购员id */
  guide_id?: string;
  /** 业务标识 */
  merchant_code?: string;
  /** 日期 */
  statistics_date?: string;
}

const REQUEST_SCHEMA = {
  coupon_statistics_param_do: {
    page_index: 'Number',
    page_size: 'Number',
    statistics_date: 'String',
    brand_names: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_page_result: {
    has_next: 'Boolean',
    page_index: 'Number',
    page_size: 'Number',
    err_code: 'String',
    models: [
      {
        use_coupon_count: 'Number',
        send_coupon_count: 'Number',
        coupon_id: 'String',
        coupon_name: 'String',
        guide_id: 'String',
        merchant_code: 'String',
        statistics_date: 'String',
      },
    ],
    err_msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.txcs.brandmarketing.coupon.statistics.get`: method, response root, request and response schemas. */
export const alibabaTxcsBrandmarketingCouponStatisticsGetOperation = {
  method: 'alibaba.txcs.brandmarketing.coupon.statistics.get',
  responseRoot: 'alibaba_txcs_brandmarketing_coupon_statistics_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌营销导购员券推广统计数据回流 — calls TOP method `alibaba.txcs.brandmarketing.coupon.statistics.get`.
 *
 * 请求券统计数据回流
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTxcsBrandmarketingCouponStatisticsGet(
  client: TopClient,
  request: AlibabaTxcsBrandmarketingCouponStatisticsGetRequest,
  options?: CallOptions,
): Promise<AlibabaTxcsBrandmarketingCouponStatisticsGetResponse> {
  return client.call<AlibabaTxcsBrandmarketingCouponStatisticsGetResponse>(
    {
      method: 'alibaba.txcs.brandmarketing.coupon.statistics.get',
      responseRoot: 'alibaba_txcs_brandmarketing_coupon_statistics_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
