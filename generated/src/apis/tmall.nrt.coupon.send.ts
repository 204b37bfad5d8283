// Generated from specs/nrt/tmall.nrt.coupon.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.coupon.send` (券发放接口). */
export interface TmallNrtCouponSendRequest {
  /** 发券dto */
  nrt_coupon_send_dto: TmallNrtCouponSendNrtCouponSendDTOInput;
}

/** Response of `tmall.nrt.coupon.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtCouponSendResponse {
  /** 发券结果对象 */
  model?: TmallNrtCouponSendSendCouponResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrtCouponSendDTO` of `tmall.nrt.coupon.send`. */
export interface TmallNrtCouponSendNrtCouponSendDTOInput {
  /** 业务code */
  biz_code: string;
  /** 加密后淘系ID */
  open_id: string;
  /** {"key","value"} */
  extra?: string;
  /** 渠道 */
  channel: string;
  /** 幂等ID */
  out_id: string;
  /** 券code */
  uuid: string;
  /** 券类型，247：品类券，276：门店券，357：门店通用券 */
  coupon_type: Int64Input;
}

/** `SendCouponResponse` of `tmall.nrt.coupon.send`. */
export interface TmallNrtCouponSendSendCouponResponse {
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
    biz_code: 'String',
    open_id: 'String',
    extra: 'String',
    channel: 'String',
    out_id: 'String',
    uuid: 'String',
    coupon_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    discount: 'Number',
    start_fee: 'Number',
    coupon_name: 'String',
    coupon_template_id: 'Number',
    coupon_instance_id: 'Number',
    end_time: 'Number',
    start_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.coupon.send`: method, response root, request and response schemas. */
export const tmallNrtCouponSendOperation = {
  method: 'tmall.nrt.coupon.send',
  responseRoot: 'tmall_nrt_coupon_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 券发放接口 — calls TOP method `tmall.nrt.coupon.send`.
 *
 * 新零售场景，商家自有渠道发放券
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtCouponSend(
  client: TopClient,
  request: TmallNrtCouponSendRequest,
  options?: CallOptions,
): Promise<TmallNrtCouponSendResponse> {
  return client.call<TmallNrtCouponSendResponse>(
    {
      method: 'tmall.nrt.coupon.send',
      responseRoot: 'tmall_nrt_coupon_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
