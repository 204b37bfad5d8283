// Generated from specs/promotion/taobao.promotionmisc.common.item.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.activity.update` (修改通用单品优惠活动). */
export interface TaobaoPromotionmiscCommonItemActivityUpdateRequest {
  /** 优惠活动ID */
  activity_id: Int64Input;
  /**
   * 活动描述，不能超过100字符
   *
   * Max length: 100
   */
  description: string;
  /** 活动结束时间 */
  end_time: DateInput;
  /**
   * 活动名称，不能超过32字符
   *
   * Max length: 32
   */
  name: string;
  /** 活动开始时间 */
  start_time: DateInput;
  /** 是否指定人群标签 */
  is_user_tag?: boolean;
  /** 用户标签。当is_user_tag为true时，该值才有意义。 */
  user_tag?: string;
}

/** Response of `taobao.promotionmisc.common.item.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemActivityUpdateResponse {
  /** 是否修改成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
  description: 'String',
  end_time: 'Date',
  name: 'String',
  start_time: 'Date',
  is_user_tag: 'Boolean',
  user_tag: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.activity.update`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemActivityUpdateOperation = {
  method: 'taobao.promotionmisc.common.item.activity.update',
  responseRoot: 'promotionmisc_common_item_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改通用单品优惠活动 — calls TOP method `taobao.promotionmisc.common.item.activity.update`.
 *
 * 修改通用单品优惠活动。
 * 1、该接口只修改活动基本信息，如需要增加、删除参与该活动的商品及优惠，请调用taobao.promotionmisc.common.item.detail.add和taobao.promotionmisc.common.item.detail.delete接口
 * 2、使用该接口时需要把未做修改的字段值也传入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemActivityUpdate(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemActivityUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemActivityUpdateResponse> {
  return client.call<TaobaoPromotionmiscCommonItemActivityUpdateResponse>(
    {
      method: 'taobao.promotionmisc.common.item.activity.update',
      responseRoot: 'promotionmisc_common_item_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
