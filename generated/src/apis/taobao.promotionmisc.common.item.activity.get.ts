// Generated from specs/promotion/taobao.promotionmisc.common.item.activity.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.activity.get` (查询通用单品优惠活动). */
export interface TaobaoPromotionmiscCommonItemActivityGetRequest {
  /** 优惠活动ID */
  activity_id: Int64Input;
}

/** Response of `taobao.promotionmisc.common.item.activity.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemActivityGetResponse {
  /** 优惠活动 */
  activity?: TaobaoPromotionmiscCommonItemActivityGetCommonItemActivity;
  /** 是否查询成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonItemActivity` of `taobao.promotionmisc.common.item.activity.get`. */
export interface TaobaoPromotionmiscCommonItemActivityGetCommonItemActivity {
  /** 优惠活动ID */
  activity_id?: Int64;
  /** 活动描述，不能超过100字符 */
  description?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 活动名称，不能超过32字符 */
  name?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 人群标签值 */
  user_tag?: string;
  /** 是否指定人群标签 */
  is_user_tag?: boolean;
}

const REQUEST_SCHEMA = {
  activity_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activity: {
    activity_id: 'Number',
    description: 'String',
    end_time: 'Date',
    name: 'String',
    start_time: 'Date',
    user_tag: 'String',
    is_user_tag: 'Boolean',
  },
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.activity.get`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemActivityGetOperation = {
  method: 'taobao.promotionmisc.common.item.activity.get',
  responseRoot: 'promotionmisc_common_item_activity_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询通用单品优惠活动 — calls TOP method `taobao.promotionmisc.common.item.activity.get`.
 *
 * 查询通用单品优惠活动。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemActivityGet(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemActivityGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemActivityGetResponse> {
  return client.call<TaobaoPromotionmiscCommonItemActivityGetResponse>(
    {
      method: 'taobao.promotionmisc.common.item.activity.get',
      responseRoot: 'promotionmisc_common_item_activity_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
