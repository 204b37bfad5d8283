// Generated from specs/tvpay/taobao.tvpay.auth.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tvpay.auth.apply` (tv支付申请设备授权). */
export interface TaobaoTvpayAuthApplyRequest {
  /** 设备id */
  device_id: string;
  /** 请求来源 */
  from?: string;
  /** 场景 */
  biz_scene?: string;
  /** 商品名称 */
  item_name?: string;
  /** 授权类型 */
  operate_type?: string;
  /** 外部订单号 */
  out_approve_id?: string;
  /** 金额 */
  total_fee?: string;
}

/** Response of `taobao.tvpay.auth.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTvpayAuthApplyResponse {
  /** Top返回对象 */
  result?: TaobaoTvpayAuthApplyTopResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultDo` of `taobao.tvpay.auth.apply`. */
export interface TaobaoTvpayAuthApplyTopResultDo {
  /** 状态码 */
  code?: string;
  /** 结构体 */
  data?: TaobaoTvpayAuthApplyApplyAuthResultDo;
  /** 消息 */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ApplyAuthResultDo` of `taobao.tvpay.auth.apply`. */
export interface TaobaoTvpayAuthApplyApplyAuthResultDo {
  /** 授权方式 */
  auth_mode?: string;
  /** 手机号 */
  mobile?: string;
  /** qrcode */
  qr_code?: string;
  /** 二维码地址 */
  qr_code_url?: string;
}

const REQUEST_SCHEMA = {
  device_id: 'String',
  from: 'String',
  biz_scene: 'String',
  item_name: 'String',
  operate_type: 'String',
  out_approve_id: 'String',
  total_fee: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      auth_mode: 'String',
      mobile: 'String',
      qr_code: 'String',
      qr_code_url: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tvpay.auth.apply`: method, response root, request and response schemas. */
export const taobaoTvpayAuthApplyOperation = {
  method: 'taobao.tvpay.auth.apply',
  responseRoot: 'tvpay_auth_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * tv支付申请设备授权 — calls TOP method `taobao.tvpay.auth.apply`.
 *
 * 为用户在指定设备上申请支付授权
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTvpayAuthApply(
  client: TopClient,
  request: TaobaoTvpayAuthApplyRequest,
  options?: CallOptions,
): Promise<TaobaoTvpayAuthApplyResponse> {
  return client.call<TaobaoTvpayAuthApplyResponse>(
    {
      method: 'taobao.tvpay.auth.apply',
      responseRoot: 'tvpay_auth_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
