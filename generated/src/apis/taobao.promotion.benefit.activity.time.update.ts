// Generated from specs/promotion/taobao.promotion.benefit.activity.time.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.activity.time.update` (更新关联活动有效时间). */
export interface TaobaoPromotionBenefitActivityTimeUpdateRequest {
  /** ISV活动关联权益后获得的关联ID */
  relation_id: Int64Input;
  /** 活动的开始时间 */
  start_time: DateInput;
  /** 活动的i结束时间 */
  end_time: DateInput;
}

/** Response of `taobao.promotion.benefit.activity.time.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitActivityTimeUpdateResponse {
  /** 修改是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  relation_id: 'Number',
  start_time: 'Date',
  end_time: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.activity.time.update`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitActivityTimeUpdateOperation = {
  method: 'taobao.promotion.benefit.activity.time.update',
  responseRoot: 'promotion_benefit_activity_time_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新关联活动有效时间 — calls TOP method `taobao.promotion.benefit.activity.time.update`.
 *
 * 更新关联权益的活动有效时间
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitActivityTimeUpdate(
  client: TopClient,
  request: TaobaoPromotionBenefitActivityTimeUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitActivityTimeUpdateResponse> {
  return client.call<TaobaoPromotionBenefitActivityTimeUpdateResponse>(
    {
      method: 'taobao.promotion.benefit.activity.time.update',
      responseRoot: 'promotion_benefit_activity_time_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
