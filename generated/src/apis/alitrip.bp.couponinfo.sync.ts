// Generated from specs/alitripbp/alitrip.bp.couponinfo.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.bp.couponinfo.sync` (飞猪广告券信息同步接口). */
export interface AlitripBpCouponinfoSyncRequest {
  /** 商业化券同步接口请求 */
  param_coupon_data_request?: AlitripBpCouponinfoSyncCouponDataRequestInput;
}

/** Response of `alitrip.bp.couponinfo.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripBpCouponinfoSyncResponse {
  /** 返回结果 */
  result?: AlitripBpCouponinfoSyncAdResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CouponDataRequest` of `alitrip.bp.couponinfo.sync`. */
export interface AlitripBpCouponinfoSyncCouponDataRequestInput {
  /** 券id */
  coupon_id: string;
  /** 券名称 */
  coupon_name?: string;
  /** 券额度(单位:分) */
  coupon_price?: string;
  /** 券状态 */
  coupon_status: Int64Input;
  /** 券失效时间 */
  end_time?: DateInput;
  /** 场景 */
  scene?: string;
  /** 券开始有效时间 */
  start_time?: DateInput;
  /** 外部用户唯一标识 */
  user_id?: string;
  /** 券模版标识 */
  coupon_template_id?: string;
  /** 额外信息 */
  ext_info?: string;
}

/** `AdResult` of `alitrip.bp.couponinfo.sync`. */
export interface AlitripBpCouponinfoSyncAdResult {
  /** code */
  code?: string;
  /** msg */
  msg?: string;
  /** 成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param_coupon_data_request: {
    coupon_id: 'String',
    coupon_name: 'String',
    coupon_price: 'String',
    coupon_status: 'Number',
    end_time: 'Date',
    scene: 'String',
    start_time: 'Date',
    user_id: 'String',
    coupon_template_id: 'String',
    ext_info: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.bp.couponinfo.sync`: method, response root, request and response schemas. */
export const alitripBpCouponinfoSyncOperation = {
  method: 'alitrip.bp.couponinfo.sync',
  responseRoot: 'alitrip_bp_couponinfo_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪广告券信息同步接口 — calls TOP method `alitrip.bp.couponinfo.sync`.
 *
 * 飞猪商业化券信息同步
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripBpCouponinfoSync(
  client: TopClient,
  request: AlitripBpCouponinfoSyncRequest = {},
  options?: CallOptions,
): Promise<AlitripBpCouponinfoSyncResponse> {
  return client.call<AlitripBpCouponinfoSyncResponse>(
    {
      method: 'alitrip.bp.couponinfo.sync',
      responseRoot: 'alitrip_bp_couponinfo_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
