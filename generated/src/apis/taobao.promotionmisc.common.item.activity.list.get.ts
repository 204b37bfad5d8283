// Generated from specs/promotion/taobao.promotionmisc.common.item.activity.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.promotionmisc.common.item.activity.list.get` (查询通用单品优惠活动列表). */
export interface TaobaoPromotionmiscCommonItemActivityListGetRequest {
  /** 分页页码，页码从1开始 */
  page_no: Int64Input;
  /** 分页大小，不能超过50 */
  page_size: Int64Input;
}

/** Response of `taobao.promotionmisc.common.item.activity.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoPromotionmiscCommonItemActivityListGetResponse {
  /** 营销活动列表 */
  activity_list?: TaobaoPromotionmiscCommonItemActivityListGetCommonItemActivity[];
  /** 是否查询成功 */
  is_success?: boolean;
  /** 数据总数量 */
  total_count?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonItemActivity` of `taobao.promotionmisc.common.item.activity.list.get`. */
export interface TaobaoPromotionmiscCommonItemActivityListGetCommonItemActivity {
  /** 优惠活动ID */
  activity_id?: Int64;
  /** 活动名称，不能超过32字符 */
  name?: string;
  /** 活动描述，不能超过100字符 */
  description?: string;
  /** 活动开始时间 */
  start_time?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 人群标签值 */
  user_tag?: string;
  /** 是否指定人群标签 */
  is_user_tag?: boolean;
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  activity_list: [
    {
      activity_id: 'Number',
      name: 'String',
      description: 'String',
      start_time: 'Date',
      end_time: 'Date',
      user_tag: 'String',
      is_user_tag: 'Boolean',
    },
  ],
  is_success: 'Boolean',
  total_count: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.promotionmisc.common.item.activity.list.get`: method, response root, request and response schemas. */
export const taobaoPromotionmiscCommonItemActivityListGetOperation = {
  method: 'taobao.promotionmisc.common.item.activity.list.get',
  responseRoot: 'promotionmisc_common_item_activity_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询通用单品优惠活动列表 — calls TOP method `taobao.promotionmisc.common.item.activity.list.get`.
 *
 * 查询通用单品优惠活动列表。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoPromotionmiscCommonItemActivityListGet(
  client: TopClient,
  request: TaobaoPromotionmiscCommonItemActivityListGetRequest,
  options?: CallOptions,
): Promise<TaobaoPromotionmiscCommonItemActivityListGetResponse> {
  return client.call<TaobaoPromotionmiscCommonItemActivityListGetResponse>(
    {
      method: 'taobao.promotionmisc.common.item.activity.list.get',
      responseRoot: 'promotionmisc_common_item_activity_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
