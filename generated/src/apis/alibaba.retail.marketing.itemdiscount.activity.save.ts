// Generated from specs/wdk/alibaba.retail.marketing.itemdiscount.activity.save.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.marketing.itemdiscount.activity.save` (【同城零售】单品活动保存). */
export interface AlibabaRetailMarketingItemdiscountActivitySaveRequest {
  /** 保存活动参数 */
  param: AlibabaRetailMarketingItemdiscountActivitySaveItemDiscountActivityOperateRequestInput;
}

/** Response of `alibaba.retail.marketing.itemdiscount.activity.save`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailMarketingItemdiscountActivitySaveResponse {
  /** 操作结果 */
  result?: AlibabaRetailMarketingItemdiscountActivitySaveOctopusOpenResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemDiscountActivityOperateRequest` of `alibaba.retail.marketing.itemdiscount.activity.save`. */
export interface AlibabaRetailMarketingItemdiscountActivitySaveItemDiscountActivityOperateRequestInput {
  /** 活动id */
  act_id?: Int64Input;
  /** 外部活动id（商家自定义） */
  out_act_id?: string;
  /** 活动名称 */
  activity_name: string;
  /** 活动创建者ID */
  creator_id: string;
  /** 活动创建者name */
  creator_name: string;
  /** 活动描述 */
  description: string;
  /** 活动终端：1-APP，2-POS */
  terminals: string[];
  /** 活动生效的经营店ID列表 */
  store_ids: string[];
  /** 活动开始时间 */
  start_time: Int64Input;
  /** 活动结束时间 */
  end_time: Int64Input;
  /** 活动人群编码，NEW_USER：新用户，OLD_USER：老用户，LIGHT_NEW_USER：闪购新客，MERCHANT_NEW_USER：商家新用户，MERCHANT_OLD_USER：商家老用户 */
  member_crowd_code: string[];
  /** 生效渠道，枚举： 2 美团 3 饿了么 26 京东到家 31 翱象淘鲜达 */
  channels: string[];
  /** 特价类型，1-减钱，2-一口价，3-打折 */
  discount_type: Int64Input;
  /** 扩展信息，json串 */
  attributes: string;
}

/** `OctopusOpenResult` of `alibaba.retail.marketing.itemdiscount.activity.save`. */
export interface AlibabaRetailMarketingItemdiscountActivitySaveOctopusOpenResult {
  /** 活动id */
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
    act_id: 'Number',
    out_act_id: 'String',
    activity_name: 'String',
    creator_id: 'String',
    creator_name: 'String',
    description: 'String',
    terminals: ['String'],
    store_ids: ['String'],
    start_time: 'Number',
    end_time: 'Number',
    member_crowd_code: ['String'],
    channels: ['String'],
    discount_type: 'Number',
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

/** Static description of `alibaba.retail.marketing.itemdiscount.activity.save`: method, response root, request and response schemas. */
export const alibabaRetailMarketingItemdiscountActivitySaveOperation = {
  method: 'alibaba.retail.marketing.itemdiscount.activity.save',
  responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_save_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【同城零售】单品活动保存 — calls TOP method `alibaba.retail.marketing.itemdiscount.activity.save`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailMarketingItemdiscountActivitySave(
  client: TopClient,
  request: AlibabaRetailMarketingItemdiscountActivitySaveRequest,
  options?: CallOptions,
): Promise<AlibabaRetailMarketingItemdiscountActivitySaveResponse> {
  return client.call<AlibabaRetailMarketingItemdiscountActivitySaveResponse>(
    {
      method: 'alibaba.retail.marketing.itemdiscount.activity.save',
      responseRoot: 'alibaba_retail_marketing_itemdiscount_activity_save_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
