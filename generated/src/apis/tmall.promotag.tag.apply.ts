// Generated from specs/promotion/tmall.promotag.tag.apply.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.promotag.tag.apply` (优惠标签申请). */
export interface TmallPromotagTagApplyRequest {
  /** 标签结束时间 */
  end_time: DateInput;
  /** 标签开始时间 */
  start_time: DateInput;
  /**
   * 标签名称。
   * 注意在UMP中使用新人群标签top变成大写的“NEW_” 如：老标签是top1234，新标签是NEW_1234 。
   */
  tag_name: string;
  /** 标签用途描述 */
  tag_desc: string;
}

/** Response of `tmall.promotag.tag.apply`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallPromotagTagApplyResponse {
  /** 是否设置成功 */
  is_success?: boolean;
  /** 优惠标签ID */
  tag_id?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  end_time: 'Date',
  start_time: 'Date',
  tag_name: 'String',
  tag_desc: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  tag_id: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `tmall.promotag.tag.apply`: method, response root, request and response schemas. */
export const tmallPromotagTagApplyOperation = {
  method: 'tmall.promotag.tag.apply',
  responseRoot: 'tmall_promotag_tag_apply_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 优惠标签申请 — calls TOP method `tmall.promotag.tag.apply`.
 *
 * 创建优惠标签
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallPromotagTagApply(
  client: TopClient,
  request: TmallPromotagTagApplyRequest,
  options?: CallOptions,
): Promise<TmallPromotagTagApplyResponse> {
  return client.call<TmallPromotagTagApplyResponse>(
    {
      method: 'tmall.promotag.tag.apply',
      responseRoot: 'tmall_promotag_tag_apply_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
