// Generated from specs/tmallnr/tmall.nrt.newcoupon.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.newcoupon.send` (券发放接口). */
export interface TmallNrtNewcouponSendRequest {
  /** 发券dto */
  nrt_coupon_send_dto: TmallNrtNewcouponSendNrtCouponSendDtoInput;
}

/** Response of `tmall.nrt.newcoupon.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtNewcouponSendResponse {
  /** 系统自动生成 */
  result?: TmallNrtNewcouponSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtCouponSendDto` of `tmall.nrt.newcoupon.send`. */
export interface TmallNrtNewcouponSendNrtCouponSendDtoInput {
  /** 加密后淘系ID */
  open_id: string;
  /** 券类型，247：品类券，276：门店券，357：门店通用券 */
  coupon_type: Int64Input;
  /** 业务code */
  biz_code: string;
  /** {"key","value"} */
  extra?: string;
  /** 渠道 */
  channel: string;
  /** 幂等ID */
  out_id: string;
  /** 券code */
  uuid: string;
}

/** `Result` of `tmall.nrt.newcoupon.send`. */
export interface TmallNrtNewcouponSendResult {
  /** 错误码 */
  code?: string;
  /** 发券结果对象 */
  model?: TmallNrtNewcouponSendSendCouponResponse;
  /** 错误信息 */
  message?: string;
}

/** `SendCouponResponse` of `tmall.nrt.newcoupon.send`. */
export interface TmallNrtNewcouponSendSendCouponResponse {
  /** 面额 */
  discount?: Int64;
  /** 门槛 */
  start_fee?: Int64;
  /** 券名称 */
  coupon_name?: string;
  /** 券模板ID */
  coupon_template_id?: Int64;
  /** 券实例ID */
  coupon_instance_id?: Int64;
  /** 结束时间 */
  end_time?: Int64;
  /** 开始时间 */
  start_time?: Int64;
}

const REQUEST_SCHEMA = {
  nrt_coupon_send_dto: {
    open_id: 'String',
    coupon_type: 'Number',
    biz_code: 'String',
    extra: 'String',
    channel: 'String',
    out_id: 'String',
    uuid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    model: {
      discount: 'Number',
      start_fee: 'Number',
      coupon_name: 'String',
      coupon_template_id: 'Number',
      coupon_instance_id: 'Number',
      end_time: 'Number',
      start_time: 'Number',
    },
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.newcoupon.send`: method, response root, request and response schemas. */
export const tmallNrtNewcouponSendOperation = {
  method: 'tmall.nrt.newcoupon.send',
  responseRoot: 'tmall_nrt_newcoupon_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 券发放接口 — calls TOP method `tmall.nrt.newcoupon.send`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtNewcouponSend(
  client: TopClient,
  request: TmallNrtNewcouponSendRequest,
  options?: CallOptions,
): Promise<TmallNrtNewcouponSendResponse> {
  return client.call<TmallNrtNewcouponSendResponse>(
    {
      method: 'tmall.nrt.newcoupon.send',
      responseRoot: 'tmall_nrt_newcoupon_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
