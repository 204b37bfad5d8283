// Generated from specs/alihouse/alibaba.alihouse.newhome.coupon.submit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.coupon.submit` (提交专车优惠券活动). */
export interface AlibabaAlihouseNewhomeCouponSubmitRequest {
  /** 打车券活动对象 */
  coupon_dto?: AlibabaAlihouseNewhomeCouponSubmitMarketingCouponDtoInput;
}

/** Response of `alibaba.alihouse.newhome.coupon.submit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeCouponSubmitResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeCouponSubmitResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MarketingCouponDto` of `alibaba.alihouse.newhome.coupon.submit`. */
export interface AlibabaAlihouseNewhomeCouponSubmitMarketingCouponDtoInput {
  /** 使用楼盘列表 */
  activity_project_list?: AlibabaAlihouseNewhomeCouponSubmitProjectDetailInfoDtoInput[];
  /** 券有效期 */
  valid_date?: Int64Input;
  /** 活动结束时间 */
  activity_end_time?: DateInput;
  /** 活动开始时间 */
  activity_begin_time?: DateInput;
  /** 券金额 */
  coupon_money?: Int64Input;
  /** 券状态 */
  activity_status?: Int64Input;
  /** 活动名称 */
  activity_name?: string;
  /** 外部活动ID */
  outer_activity_id?: string;
  /** 专车券返程金额 */
  coupon_return_money?: Int64Input;
  /** 活动类型0-专车 2-往返 */
  activity_type?: Int64Input;
  /** 外部门店id，项目店和渠道标准店必传 */
  outer_store_id?: string;
}

/** `ProjectDetailInfoDto` of `alibaba.alihouse.newhome.coupon.submit`. */
export interface AlibabaAlihouseNewhomeCouponSubmitProjectDetailInfoDtoInput {
  /** 外部楼盘ID */
  outer_id?: string;
}

/** `Result` of `alibaba.alihouse.newhome.coupon.submit`. */
export interface AlibabaAlihouseNewhomeCouponSubmitResult {
  /** 返回对象 */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  coupon_dto: {
    activity_project_list: [
      {
        outer_id: 'String',
      },
    ],
    valid_date: 'Number',
    activity_end_time: 'Date',
    activity_begin_time: 'Date',
    coupon_money: 'Number',
    activity_status: 'Number',
    activity_name: 'String',
    outer_activity_id: 'String',
    coupon_return_money: 'Number',
    activity_type: 'Number',
    outer_store_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.coupon.submit`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeCouponSubmitOperation = {
  method: 'alibaba.alihouse.newhome.coupon.submit',
  responseRoot: 'alibaba_alihouse_newhome_coupon_submit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 提交专车优惠券活动 — calls TOP method `alibaba.alihouse.newhome.coupon.submit`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeCouponSubmit(
  client: TopClient,
  request: AlibabaAlihouseNewhomeCouponSubmitRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeCouponSubmitResponse> {
  return client.call<AlibabaAlihouseNewhomeCouponSubmitResponse>(
    {
      method: 'alibaba.alihouse.newhome.coupon.submit',
      responseRoot: 'alibaba_alihouse_newhome_coupon_submit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
