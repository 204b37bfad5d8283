// Generated from specs/promotion/taobao.promotion.benefit.activity.detail.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.activity.detail.get` (活动关联的权益详情获取). */
export interface TaobaoPromotionBenefitActivityDetailGetRequest {
  /** 查询活动关联权益详情的请求 */
  query_request: TaobaoPromotionBenefitActivityDetailGetActivityRelationDetailRequestInput;
}

/** Response of `taobao.promotion.benefit.activity.detail.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitActivityDetailGetResponse {
  /** 活动关联的权益详情列表 */
  relation_benefit_details?: string | Record<string, unknown>;
  /** 查询是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ActivityRelationDetailRequest` of `taobao.promotion.benefit.activity.detail.get`. */
export interface TaobaoPromotionBenefitActivityDetailGetActivityRelationDetailRequestInput {
  /** ISV活动关联权益后获得的关联ID */
  relation_id: Int64Input;
  /** 活动状态(VALID ， DELETE) */
  status: string;
}

const REQUEST_SCHEMA = {
  query_request: {
    relation_id: 'Number',
    status: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  relation_benefit_details: 'Json',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.activity.detail.get`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitActivityDetailGetOperation = {
  method: 'taobao.promotion.benefit.activity.detail.get',
  responseRoot: 'promotion_benefit_activity_detail_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 活动关联的权益详情获取 — calls TOP method `taobao.promotion.benefit.activity.detail.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitActivityDetailGet(
  client: TopClient,
  request: TaobaoPromotionBenefitActivityDetailGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitActivityDetailGetResponse> {
  return client.call<TaobaoPromotionBenefitActivityDetailGetResponse>(
    {
      method: 'taobao.promotion.benefit.activity.detail.get',
      responseRoot: 'promotion_benefit_activity_detail_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
