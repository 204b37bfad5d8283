// Generated from specs/wdk/alibaba.retail.marketing.itemdiscount.activity.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itemdiscount.activity.create` (创建单品特价活动【同城零售】). */
export interface AlibabaRetailMarketingItemdiscountActivityCreateRequest {
  /** 创建活动参数 */
  param: AlibabaRetailMarketingItemdiscountActivityCreateItemDiscountActivityOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itemdiscount.activity.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItemdiscountActivityCreateResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingItemdiscountActivityCreateOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityOperateRequest` of `alibaba.retail.marketing.itemdiscount.activity.create`. */
export interface AlibabaRetailMarketingItemdiscountActivityCreateItemDiscountActivityOperateRequestInput {
  /** 活动名称 */
  activity_name: string;
  /** 活动创建者ID（仅数字） */
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
  /** 特价类型，1-减钱，2-一口价，3-打折 */
  discount_type: Int64Input;
  /** 活动开始时间 */
  start_time: Int64Input;
  /** 活动结束时间 */
  end_time: Int64Input;
  /** 活动人群编码，NEW_USER：新用户，OLD_USER：老用户，LIGHT_NEW_USER：闪购新客，MERCHANT_NEW_USER：商家新用户，MERCHANT_OLD_USER：商家老用户 */
  member_crowd_code?: string[];
  /** 枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 32 翱象共享库存 */
  channels?: string[];
  /** 扩展信息，json串 */
  attributes?: string;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itemdiscount.activity.create`. */
export interface AlibabaRetailMarketingItemdiscountActivityCreateOctopusOpenResult {
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
    discount_type: 'Number',
    start_time: 'Number',
    end_time: 'Number',
    member_crowd_code: ['String'],
    channels: ['String'],
    attributes: 'String',
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

/** Static description of `alibaba.retail.marketing.itemdiscount.activity.create`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItemdiscountActivityCreateOperation = {
  method: 'alibaba.retail.marketing.itemdiscount.activity.create',
  responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建单品特价活动【同城零售】 — calls TOP method `alibaba.retail.marketing.itemdiscount.activity.create`.
 *
 * 同城零售单品特价活动创建
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItemdiscountActivityCreate(
  client: TopClient,
  request: AlibabaRetailMarketingItemdiscountActivityCreateRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItemdiscountActivityCreateResponse> {
  return client.call<AlibabaRetailMarketingItemdiscountActivityCreateResponse>(
    {
      method: 'alibaba.retail.marketing.itemdiscount.activity.create',
      responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
