// Generated from specs/promotion/taobao.promotion.benefit.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotion.benefit.activity.update` (修改关联的活动权益). */
export interface TaobaoPromotionBenefitActivityUpdateRequest {
  /** 修改关联的权益的活动请求 */
  update_request: TaobaoPromotionBenefitActivityUpdateUpdateBenefitActivityRequestInput;
}

/** Response of `taobao.promotion.benefit.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionBenefitActivityUpdateResponse {
  /** 更新是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateBenefitActivityRequest` of `taobao.promotion.benefit.activity.update`. */
export interface TaobaoPromotionBenefitActivityUpdateUpdateBenefitActivityRequestInput {
  /** 活动关联的权益信息，可以从权益选择器API中获取 */
  add_detail_vos?: TaobaoPromotionBenefitActivityUpdateActivityBenefitDetailVoInput[];
  /** 同步权益活动的概述信息，方便卖家后台查看 */
  benefit_activity_vo: TaobaoPromotionBenefitActivityUpdateUpdateBenefitActivityVoInput;
  /** 需要删除的已经关联的权益 */
  delete_detail_vos?: TaobaoPromotionBenefitActivityUpdateDeleteActivityBenefitDetailVoInput[];
}

/** `ActivityBenefitDetailVo` of `taobao.promotion.benefit.activity.update`. */
export interface TaobaoPromotionBenefitActivityUpdateActivityBenefitDetailVoInput {
  /** 权益ID */
  benefit_id?: Int64Input;
  /** 权益类型 */
  benefit_type?: string;
}

/** `UpdateBenefitActivityVo` of `taobao.promotion.benefit.activity.update`. */
export interface TaobaoPromotionBenefitActivityUpdateUpdateBenefitActivityVoInput {
  /** ISV活动的活动地址 */
  activity_url?: string;
  /** 活动描述 */
  desc?: string;
  /** 活动名称 */
  name?: string;
  /** ISV活动关联权益后获得的关联ID */
  relation_id: Int64Input;
}

/** `DeleteActivityBenefitDetailVo` of `taobao.promotion.benefit.activity.update`. */
export interface TaobaoPromotionBenefitActivityUpdateDeleteActivityBenefitDetailVoInput {
  /** 活动关联权益后生产的详情ID */
  id?: Int64Input;
}

const REQUEST_SCHEMA = {
  update_request: {
    add_detail_vos: [
      {
        benefit_id: 'Number',
        benefit_type: 'String',
      },
    ],
    benefit_activity_vo: {
      activity_url: 'String',
      desc: 'String',
      name: 'String',
      relation_id: 'Number',
    },
    delete_detail_vos: [
      {
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotion.benefit.activity.update`: method, response root, request and response schemas. */
export const taobaoPromotionBenefitActivityUpdateOperation = {
  method: 'taobao.promotion.benefit.activity.update',
  responseRoot: 'promotion_benefit_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改关联的活动权益 — calls TOP method `taobao.promotion.benefit.activity.update`.
 *
 * 修改卖家活动中关联的对应的权益。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionBenefitActivityUpdate(
  client: TopClient,
  request: TaobaoPromotionBenefitActivityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionBenefitActivityUpdateResponse> {
  return client.call<TaobaoPromotionBenefitActivityUpdateResponse>(
    {
      method: 'taobao.promotion.benefit.activity.update',
      responseRoot: 'promotion_benefit_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
