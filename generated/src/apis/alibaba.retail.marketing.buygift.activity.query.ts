// Generated from specs/wdk/alibaba.retail.marketing.buygift.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.buygift.activity.query` (查询单品买赠活动【同城零售】). */
export interface AlibabaRetailMarketingBuygiftActivityQueryRequest {
  /** 买赠活动查询入参 */
  param0: AlibabaRetailMarketingBuygiftActivityQueryBuyGiftActivityQueryRequestInput;
}

/** Response of `alibaba.retail.marketing.buygift.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingBuygiftActivityQueryResponse {
  /** 买赠活动查询结果 */
  data?: AlibabaRetailMarketingBuygiftActivityQueryBuyGiftPromotionActivityDTO;
  /** 成功标识 */
  succeed?: boolean;
  /** 错误信息 */
  err_message?: string;
  /** 错误码 */
  err_number?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BuyGiftActivityQueryRequest` of `alibaba.retail.marketing.buygift.activity.query`. */
export interface AlibabaRetailMarketingBuygiftActivityQueryBuyGiftActivityQueryRequestInput {
  /** 活动ID */
  act_id?: Int64Input;
  /** erp外部活动id */
  out_act_id?: string;
}

/** `BuyGiftPromotionActivityDTO` of `alibaba.retail.marketing.buygift.activity.query`. */
export interface AlibabaRetailMarketingBuygiftActivityQueryBuyGiftPromotionActivityDTO {
  /** 买赠活动类型 */
  discount_type?: Int64;
  /** 外部订单号 */
  out_act_id?: string;
  /** 营销活动ID */
  act_id?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 活动描述 */
  description?: string;
  /** 活动开始时间 */
  start_time?: Int64;
  /** 活动结束时间 */
  end_time?: Int64;
  /** 活动周几生效 */
  weekdays?: string[];
  /** 活动每天生效时间段 */
  every_day_periods?: string[];
  /** 优惠适用场景:1:APP 2:POS */
  terminals?: string[];
  /** 操作人ID */
  creator_id?: string;
  /** 操作人姓名 */
  creator_name?: string;
  /** 门店列表 */
  store_ids?: string[];
  /** 外部门店列表 */
  outer_store_ids?: string[];
  /** 人群编码,saas平台人群编码:NEW_USER: 新用户, OLD_USER：老用户，LIGHT_NEW_USER：闪购新客 */
  member_crowd_codes?: string[];
  /** 限购信息 */
  limit?: AlibabaRetailMarketingBuygiftActivityQueryLimitDTO;
}

/** `LimitDTO` of `alibaba.retail.marketing.buygift.activity.query`. */
export interface AlibabaRetailMarketingBuygiftActivityQueryLimitDTO {
  /** 活动总限购 */
  total_limit_cnt?: Int64;
  /** 每日总限购 */
  daily_total_limit_cnt?: Int64;
  /** 用户总限购 */
  user_total_limit_cnt?: Int64;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64;
  /** 每单限购 */
  order_limit_cnt?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    act_id: 'Number',
    out_act_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: {
    discount_type: 'Number',
    out_act_id: 'String',
    act_id: 'String',
    activity_name: 'String',
    description: 'String',
    start_time: 'Number',
    end_time: 'Number',
    weekdays: ['String'],
    every_day_periods: ['String'],
    terminals: ['String'],
    creator_id: 'String',
    creator_name: 'String',
    store_ids: ['String'],
    outer_store_ids: ['String'],
    member_crowd_codes: ['String'],
    limit: {
      total_limit_cnt: 'Number',
      daily_total_limit_cnt: 'Number',
      user_total_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
      order_limit_cnt: 'Number',
    },
  },
  succeed: 'Boolean',
  err_message: 'String',
  err_number: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.buygift.activity.query`: method, response root, request and response schemas. */
export const alibabaRetailMarketingBuygiftActivityQueryOperation = {
  method: 'alibaba.retail.marketing.buygift.activity.query',
  responseRoot: 'alibaba_retail_marketing_buygift_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询单品买赠活动【同城零售】 — calls TOP method `alibaba.retail.marketing.buygift.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingBuygiftActivityQuery(
  client: TopClient,
  request: AlibabaRetailMarketingBuygiftActivityQueryRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingBuygiftActivityQueryResponse> {
  return client.call<AlibabaRetailMarketingBuygiftActivityQueryResponse>(
    {
      method: 'alibaba.retail.marketing.buygift.activity.query',
      responseRoot: 'alibaba_retail_marketing_buygift_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
