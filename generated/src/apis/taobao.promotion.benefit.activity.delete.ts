// Generated from specs/promotion/taobao.promotion.benefit.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.activity.delete` (删除关联的活动权益). */
export interface TaobaoPromotionBenefitActivityDeleteRequest {
  /** ISV活动关联权益后获得的关联ID */
  relation_id: Int64Input;
}

/** Response of `taobao.promotion.benefit.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitActivityDeleteResponse {
  /** 删除是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  relation_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.activity.delete`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitActivityDeleteOperation = {
  method: 'taobao.promotion.benefit.activity.delete',
  responseRoot: 'promotion_benefit_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除关联的活动权益 — calls TOP method `taobao.promotion.benefit.activity.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitActivityDelete(
  client: TopClient,
  request: TaobaoPromotionBenefitActivityDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitActivityDeleteResponse> {
  return client.call<TaobaoPromotionBenefitActivityDeleteResponse>(
    {
      method: 'taobao.promotion.benefit.activity.delete',
      responseRoot: 'promotion_benefit_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
