// Generated from specs/wdk/alibaba.retail.marketing.itemdiscount.activity.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itemdiscount.activity.update` (更新单品特价活动【同城零售】). */
export interface AlibabaRetailMarketingItemdiscountActivityUpdateRequest {
  /** 创建活动参数 */
  param: AlibabaRetailMarketingItemdiscountActivityUpdateItemDiscountActivityOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itemdiscount.activity.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItemdiscountActivityUpdateResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingItemdiscountActivityUpdateOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityOperateRequest` of `alibaba.retail.marketing.itemdiscount.activity.update`. */
export interface AlibabaRetailMarketingItemdiscountActivityUpdateItemDiscountActivityOperateRequestInput {
  /** 活动名称 */
  activity_name: string;
  /** 活动创建者ID（仅数字类型） */
  creator_id: string;
  /** 活动创建者name */
  creator_name: string;
  /** 活动描述 */
  description: string;
  /** 活动终端：1-APP，2-POS */
  terminals: string[];
  /** 活动生效的经营店ID */
  store_ids: string[];
  /** 外部活动ID（商家自定义） */
  out_act_id?: string;
  /** 活动开始时间 */
  start_time: Int64Input;
  /** 活动结束时间 */
  end_time: Int64Input;
  /** 活动ID */
  act_id?: Int64Input;
  /** 限购配置信息 */
  limit?: AlibabaRetailMarketingItemdiscountActivityUpdateLimitDtoInput;
  /** 活动人群编码，NEW_USER：新用户，OLD_USER：老用户，LIGHT_NEW_USER：闪购新客，MERCHANT_NEW_USER：商家新用户，MERCHANT_OLD_USER：商家老用户 */
  member_crowd_code?: string[];
  /** 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channels?: string[];
}

/** `LimitDto` of `alibaba.retail.marketing.itemdiscount.activity.update`. */
export interface AlibabaRetailMarketingItemdiscountActivityUpdateLimitDtoInput {
  /** 活动总限购 */
  total_limit_cnt?: Int64Input;
  /** 活动每日限购 */
  daily_total_limit_cnt?: Int64Input;
  /** 用户总限购 */
  user_total_limit_cnt?: Int64Input;
  /** 用户每日限购 */
  user_daily_limit_cnt?: Int64Input;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itemdiscount.activity.update`. */
export interface AlibabaRetailMarketingItemdiscountActivityUpdateOctopusOpenResult {
  /** 活动ID */
  data?: Int64;
  /** 操作是否成功 */
  success?: boolean;
  /** 错误描述 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  param: {
    activity_name: 'String',
    creator_id: 'String',
    creator_name: 'String',
    description: 'String',
    terminals: ['String'],
    store_ids: ['String'],
    out_act_id: 'String',
    start_time: 'Number',
    end_time: 'Number',
    act_id: 'Number',
    limit: {
      total_limit_cnt: 'Number',
      daily_total_limit_cnt: 'Number',
      user_total_limit_cnt: 'Number',
      user_daily_limit_cnt: 'Number',
    },
    member_crowd_code: ['String'],
    channels: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.marketing.itemdiscount.activity.update`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItemdiscountActivityUpdateOperation = {
  method: 'alibaba.retail.marketing.itemdiscount.activity.update',
  responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新单品特价活动【同城零售】 — calls TOP method `alibaba.retail.marketing.itemdiscount.activity.update`.
 *
 * 同城零售单品特价活动更新
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItemdiscountActivityUpdate(
  client: TopClient,
  request: AlibabaRetailMarketingItemdiscountActivityUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItemdiscountActivityUpdateResponse> {
  return client.call<AlibabaRetailMarketingItemdiscountActivityUpdateResponse>(
    {
      method: 'alibaba.retail.marketing.itemdiscount.activity.update',
      responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
