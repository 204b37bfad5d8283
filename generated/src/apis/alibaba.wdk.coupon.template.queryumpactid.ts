// Generated from specs/wdk/alibaba.wdk.coupon.template.queryumpactid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.coupon.template.queryumpactid` (通过券模板查询券活动id接口). */
export interface AlibabaWdkCouponTemplateQueryumpactidRequest {
  /**
   * 券模版id列表
   *
   * Max list size: 999
   */
  source_ids: string[];
  /** 优惠券类型 */
  wdk_coupon_type: Int64Input;
}

/** Response of `alibaba.wdk.coupon.template.queryumpactid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkCouponTemplateQueryumpactidResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaWdkCouponTemplateQueryumpactidApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiResult` of `alibaba.wdk.coupon.template.queryumpactid`. */
export interface AlibabaWdkCouponTemplateQueryumpactidApiResult {
  /** 数据 */
  models?: AlibabaWdkCouponTemplateQueryumpactidCouponRelatedResponse[];
  /** 错误码 */
  err_code?: string;
  /** 错误信息 */
  err_msg?: string;
  /** true为成功 */
  success?: boolean;
}

/** `CouponRelatedResponse` of `alibaba.wdk.coupon.template.queryumpactid`. */
export interface AlibabaWdkCouponTemplateQueryumpactidCouponRelatedResponse {
  /** 活动id */
  ump_activity_id?: Int64;
  /** 券模版id */
  source_id?: Int64;
}

const REQUEST_SCHEMA = {
  source_ids: ['String'],
  wdk_coupon_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    models: [
      {
        ump_activity_id: 'Number',
        source_id: 'Number',
      },
    ],
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.coupon.template.queryumpactid`: method, response root, request and response schemas. */
export const alibabaWdkCouponTemplateQueryumpactidOperation = {
  method: 'alibaba.wdk.coupon.template.queryumpactid',
  responseRoot: 'alibaba_wdk_coupon_template_queryumpactid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过券模板查询券活动id接口 — calls TOP method `alibaba.wdk.coupon.template.queryumpactid`.
 *
 * 当前大润发商家根据券模板创建券id，但订单回流的核销是根据券活动id回流的，大润发侧无法建立券模板和券活动的关联关系，导致大润发计算核销率比较困难，营销域增加通过券模板查询券活动id接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkCouponTemplateQueryumpactid(
  client: TopClient,
  request: AlibabaWdkCouponTemplateQueryumpactidRequest,
  options?: CallOptions,
): Promise<AlibabaWdkCouponTemplateQueryumpactidResponse> {
  return client.call<AlibabaWdkCouponTemplateQueryumpactidResponse>(
    {
      method: 'alibaba.wdk.coupon.template.queryumpactid',
      responseRoot: 'alibaba_wdk_coupon_template_queryumpactid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
