// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.activity.popup.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.activity.popup.query` (星河-获取雅高小程序营销抽奖首页弹窗). */
export interface AlitripMerchantGalaxyActivityPopupQueryRequest {
  /** 租户标识 */
  tenant_key?: string;
  /** 用户登录标识 */
  token?: string;
  /** 用户来源 */
  user_site_code?: Int64Input;
}

/** Response of `alitrip.merchant.galaxy.activity.popup.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyActivityPopupQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyActivityPopupQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.activity.popup.query`. */
export interface AlitripMerchantGalaxyActivityPopupQueryResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 首页抽奖弹窗数据 */
  content?: AlitripMerchantGalaxyActivityPopupQueryActivityDrawPopupVo;
  /** 错误信息 */
  error_msg?: string;
}

/** `ActivityDrawPopupVo` of `alitrip.merchant.galaxy.activity.popup.query`. */
export interface AlitripMerchantGalaxyActivityPopupQueryActivityDrawPopupVo {
  /** 抽奖放弃动作按钮文本 */
  popup_exit_text?: string;
  /** 抽奖动作按钮文本 */
  popup_do_text?: string;
  /** 抽奖类型 */
  popup_type?: Int64;
  /** 抽奖副标题 */
  popup_sub_text?: string;
  /** 抽奖标题 */
  popup_text?: string;
  /** 抽奖弹窗标题 */
  popup_title?: string;
  /** 抽奖弹窗文本 */
  title?: string;
  /** 抽奖弹窗头部标题 */
  top_title?: string;
  /** 活动ID */
  offer_id?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  user_site_code: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      popup_exit_text: 'String',
      popup_do_text: 'String',
      popup_type: 'Number',
      popup_sub_text: 'String',
      popup_text: 'String',
      popup_title: 'String',
      title: 'String',
      top_title: 'String',
      offer_id: 'String',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.activity.popup.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyActivityPopupQueryOperation = {
  method: 'alitrip.merchant.galaxy.activity.popup.query',
  responseRoot: 'alitrip_merchant_galaxy_activity_popup_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-获取雅高小程序营销抽奖首页弹窗 — calls TOP method `alitrip.merchant.galaxy.activity.popup.query`.
 *
 * 获取雅高微信小程序，营销抽奖首页弹窗数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyActivityPopupQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyActivityPopupQueryRequest = {},
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyActivityPopupQueryResponse> {
  return client.call<AlitripMerchantGalaxyActivityPopupQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.activity.popup.query',
      responseRoot: 'alitrip_merchant_galaxy_activity_popup_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
