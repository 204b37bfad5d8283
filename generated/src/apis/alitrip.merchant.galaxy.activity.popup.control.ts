// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.activity.popup.control.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.activity.popup.control` (营销弹屏疲劳度控制). */
export interface AlitripMerchantGalaxyActivityPopupControlRequest {
  /** 租户id */
  tenant_key: string;
  /** 用户token */
  token?: string;
  /** 活动id */
  offer_id?: Int64Input;
  /** 活动类型 */
  type?: string;
}

/** Response of `alitrip.merchant.galaxy.activity.popup.control`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyActivityPopupControlResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyActivityPopupControlResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.activity.popup.control`. */
export interface AlitripMerchantGalaxyActivityPopupControlResponse2 {
  /** 是否调用成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 是否执行成功 */
  content?: boolean;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  offer_id: 'Number',
  type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: 'Boolean',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.activity.popup.control`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyActivityPopupControlOperation = {
  method: 'alitrip.merchant.galaxy.activity.popup.control',
  responseRoot: 'alitrip_merchant_galaxy_activity_popup_control_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 营销弹屏疲劳度控制 — calls TOP method `alitrip.merchant.galaxy.activity.popup.control`.
 *
 * 星河=营销弹屏疲劳控制
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyActivityPopupControl(
  client: TopClient,
  request: AlitripMerchantGalaxyActivityPopupControlRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyActivityPopupControlResponse> {
  return client.call<AlitripMerchantGalaxyActivityPopupControlResponse>(
    {
      method: 'alitrip.merchant.galaxy.activity.popup.control',
      responseRoot: 'alitrip_merchant_galaxy_activity_popup_control_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
