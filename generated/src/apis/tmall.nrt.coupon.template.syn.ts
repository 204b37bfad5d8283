// Generated from specs/nrt/tmall.nrt.coupon.template.syn.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.coupon.template.syn` (喵零券同步). */
export interface TmallNrtCouponTemplateSynRequest {
  /** 业务编码 */
  biz_code: string;
  /** 券模版id集合 */
  coupon_template_id: string;
  /** 券类型 */
  coupon_type?: Int64Input;
}

/** Response of `tmall.nrt.coupon.template.syn`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtCouponTemplateSynResponse {
  /** 接口返回model */
  result?: TmallNrtCouponTemplateSynResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.nrt.coupon.template.syn`. */
export interface TmallNrtCouponTemplateSynResult {
  /** 错误码 */
  code?: Int64;
  /** message */
  message?: string;
}

const REQUEST_SCHEMA = {
  biz_code: 'String',
  coupon_template_id: 'String',
  coupon_type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.coupon.template.syn`: method, response root, request and response schemas. */
export const tmallNrtCouponTemplateSynOperation = {
  method: 'tmall.nrt.coupon.template.syn',
  responseRoot: 'tmall_nrt_coupon_template_syn_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵零券同步 — calls TOP method `tmall.nrt.coupon.template.syn`.
 *
 * 查询券模版
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtCouponTemplateSyn(
  client: TopClient,
  request: TmallNrtCouponTemplateSynRequest,
  options?: CallOptions,
): Promise<TmallNrtCouponTemplateSynResponse> {
  return client.call<TmallNrtCouponTemplateSynResponse>(
    {
      method: 'tmall.nrt.coupon.template.syn',
      responseRoot: 'tmall_nrt_coupon_template_syn_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
