// Generated from specs/promotion/taobao.promotion.benefit.activity.relation.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.activity.relation` (关联活动权益). */
export interface TaobaoPromotionBenefitActivityRelationRequest {
  /** 活动关联权益请求参数 */
  relation_request: TaobaoPromotionBenefitActivityRelationRelationActivityBenefitRequestInput;
}

/** Response of `taobao.promotion.benefit.activity.relation`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitActivityRelationResponse {
  /** 活动关联ID */
  relation_id?: Int64;
  /** 请求是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RelationActivityBenefitRequest` of `taobao.promotion.benefit.activity.relation`. */
export interface TaobaoPromotionBenefitActivityRelationRelationActivityBenefitRequestInput {
  /** 活动关联的权益信息，可以从权益选择器API中获取 */
  add_detail_vos?: TaobaoPromotionBenefitActivityRelationActivityBenefitDetailVoInput[];
  /** 同步权益活动的概述信息，用于卖家后台查看 */
  benefit_activity_vo: TaobaoPromotionBenefitActivityRelationBenefitActivityVoInput;
}

/** `ActivityBenefitDetailVo` of `taobao.promotion.benefit.activity.relation`. */
export interface TaobaoPromotionBenefitActivityRelationActivityBenefitDetailVoInput {
  /** 权益ID */
  benefit_id: Int64Input;
  /** 权益类型 */
  benefit_type?: string;
  /** 权益标识 */
  config_id?: Int64Input;
}

/** `BenefitActivityVo` of `taobao.promotion.benefit.activity.relation`. */
export interface TaobaoPromotionBenefitActivityRelationBenefitActivityVoInput {
  /** ISV活动的具体地址 */
  activity_url?: string;
  /** 活动描述 */
  desc?: string;
  /** 活动结束时间 */
  end_time: DateInput;
  /** 活动名称 */
  name: string;
  /** 活动的开始时间 */
  start_time: DateInput;
  /** 活动类型 */
  type: string;
}

const REQUEST_SCHEMA = {
  relation_request: {
    add_detail_vos: [
      {
        benefit_id: 'Number',
        benefit_type: 'String',
        config_id: 'Number',
      },
    ],
    benefit_activity_vo: {
      activity_url: 'String',
      desc: 'String',
      end_time: 'Date',
      name: 'String',
      start_time: 'Date',
      type: 'String',
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  relation_id: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.activity.relation`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitActivityRelationOperation = {
  method: 'taobao.promotion.benefit.activity.relation',
  responseRoot: 'promotion_benefit_activity_relation_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关联活动权益 — calls TOP method `taobao.promotion.benefit.activity.relation`.
 *
 * 卖家活动中需要通过该API来关联的对应的权益。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitActivityRelation(
  client: TopClient,
  request: TaobaoPromotionBenefitActivityRelationRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitActivityRelationResponse> {
  return client.call<TaobaoPromotionBenefitActivityRelationResponse>(
    {
      method: 'taobao.promotion.benefit.activity.relation',
      responseRoot: 'promotion_benefit_activity_relation_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
