// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.trigger.event.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.trigger.event` (抽奖活动自定义事件触发). */
export interface AlitripMerchantGalaxyTriggerEventRequest {
  /** 1 */
  tenant_key?: string;
  /** 触发事件入参 */
  event_param?: AlitripMerchantGalaxyTriggerEventEventParamInput;
}

/** Response of `alitrip.merchant.galaxy.trigger.event`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyTriggerEventResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyTriggerEventResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EventParam` of `alitrip.merchant.galaxy.trigger.event`. */
export interface AlitripMerchantGalaxyTriggerEventEventParamInput {
  /** 活动 ID */
  offer_id_list?: Int64Input[];
  /** 触发事件 */
  event?: string;
  /** 订单 ID */
  order_id_list?: string[];
  /** 酒店 ID */
  hotel_id_list?: string[];
  /** 用户 token */
  token?: string;
}

/** `Response` of `alitrip.merchant.galaxy.trigger.event`. */
export interface AlitripMerchantGalaxyTriggerEventResponse2 {
  /** 是否成功 */
  success?: boolean;
  /** 状态码 */
  error_code?: string;
  /** 消息体 */
  content?: AlitripMerchantGalaxyTriggerEventEventCoupon;
  /** 状态信息 */
  error_msg?: string;
}

/** `EventCoupon` of `alitrip.merchant.galaxy.trigger.event`. */
export interface AlitripMerchantGalaxyTriggerEventEventCoupon {
  /** true */
  whether_to_issue_coupons?: boolean;
  /** true */
  activity_name?: string;
  /** 1 */
  home_page_popup?: string;
  /** 1 */
  details_page_picture?: string;
  /** 1 */
  activity_id?: Int64;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  event_param: {
    offer_id_list: ['Number'],
    event: 'String',
    order_id_list: ['String'],
    hotel_id_list: ['String'],
    token: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      whether_to_issue_coupons: 'Boolean',
      activity_name: 'String',
      home_page_popup: 'String',
      details_page_picture: 'String',
      activity_id: 'Number',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.trigger.event`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyTriggerEventOperation = {
  method: 'alitrip.merchant.galaxy.trigger.event',
  responseRoot: 'alitrip_merchant_galaxy_trigger_event_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 抽奖活动自定义事件触发 — calls TOP method `alitrip.merchant.galaxy.trigger.event`.
 *
 * 自定义事件触发
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyTriggerEvent(
  client: TopClient,
  request: AlitripMerchantGalaxyTriggerEventRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyTriggerEventResponse> {
  return client.call<AlitripMerchantGalaxyTriggerEventResponse>(
    {
      method: 'alitrip.merchant.galaxy.trigger.event',
      responseRoot: 'alitrip_merchant_galaxy_trigger_event_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
