// Generated from specs/promotion/taobao.mobile.promotion.benefit.activity.send.share.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.mobile.promotion.benefit.activity.send.share` (手淘专用单用户发放接口). */
export interface TaobaoMobilePromotionBenefitActivitySendShareRequest {
  /** 权益类型 其中ALIPAY_COUPON 对应的type值是1 */
  benefit_type: Int64Input;
  /** 权益关联的活动ID */
  biz_id: string;
  /** 活动详情id */
  detail_id: Int64Input;
  /** 广播ID */
  feed_id: Int64Input;
  /** 关联活动id */
  relation_id: Int64Input;
  /** 权益发放数量 */
  send_count: Int64Input;
  /** 和bizId一起使用，标记分享链路的key。 */
  share_key?: string;
  /** 分享链路上的用户及用户是否发奖，u1_true,u2_true */
  share_users?: string;
  /** 调试线索 */
  trace_id: string;
  /** 事务id */
  unique_id: string;
}

/** Response of `taobao.mobile.promotion.benefit.activity.send.share`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMobilePromotionBenefitActivitySendShareResponse {
  /** 权益发放结果 */
  send_result?: TaobaoMobilePromotionBenefitActivitySendShareShareBenefitSendResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShareBenefitSendResult` of `taobao.mobile.promotion.benefit.activity.send.share`. */
export interface TaobaoMobilePromotionBenefitActivitySendShareShareBenefitSendResult {
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 发放结果是否正常 */
  success?: boolean;
  /** 发放结果 */
  result_map?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  benefit_type: 'Number',
  biz_id: 'String',
  detail_id: 'Number',
  feed_id: 'Number',
  relation_id: 'Number',
  send_count: 'Number',
  share_key: 'String',
  share_users: 'String',
  trace_id: 'String',
  unique_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  send_result: {
    error_message: 'String',
    error_code: 'String',
    success: 'Boolean',
    result_map: 'Json',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.mobile.promotion.benefit.activity.send.share`: method, response root, request and response schemas. */
export const taobaoMobilePromotionBenefitActivitySendShareOperation = {
  method: 'taobao.mobile.promotion.benefit.activity.send.share',
  responseRoot: 'mobile_promotion_benefit_activity_send_share_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 手淘专用单用户发放接口 — calls TOP method `taobao.mobile.promotion.benefit.activity.send.share`.
 *
 * 卖家活动中需要通过该API来发放对应的权益。手淘专用、验证分享链路。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMobilePromotionBenefitActivitySendShare(
  client: TopClient,
  request: TaobaoMobilePromotionBenefitActivitySendShareRequest,
  options?: CallOptions,
): Promise<TaobaoMobilePromotionBenefitActivitySendShareResponse> {
  return client.call<TaobaoMobilePromotionBenefitActivitySendShareResponse>(
    {
      method: 'taobao.mobile.promotion.benefit.activity.send.share',
      responseRoot: 'mobile_promotion_benefit_activity_send_share_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
