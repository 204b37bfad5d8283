// Generated from specs/trade/alibaba.jym.fulfillment.ioscharge.callback.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.fulfillment.ioscharge.callback` (代充充值回调). */
export interface AlibabaJymFulfillmentIoschargeCallbackRequest {
  /** 充值回调请求 */
  ios_charge_callback_request_dto: AlibabaJymFulfillmentIoschargeCallbackIOSChargeCallbackRequestDTOInput;
}

/** Response of `alibaba.jym.fulfillment.ioscharge.callback`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymFulfillmentIoschargeCallbackResponse {
  /** 失败错误码 */
  failed_code?: string;
  /** 交易猫订单是否成功，true-成功，false-失败 */
  jym_order_success?: string;
  /** 失败原因描述 */
  failed_reason?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IOSChargeCallbackRequestDTO` of `alibaba.jym.fulfillment.ioscharge.callback`. */
export interface AlibabaJymFulfillmentIoschargeCallbackIOSChargeCallbackRequestDTOInput {
  /** 商家订单号 */
  vendor_order_no: string;
  /** 失败的错误码 */
  failed_code?: string;
  /** 交易猫订单号 */
  jym_order_no: string;
  /** 商家id */
  vendor_id: string;
  /** 商家订单状态 */
  vendor_order_status: string;
  /** 商家订单快照 */
  vendor_order_snap?: string;
  /** 版本号 */
  version: string;
  /** 商家订单充值成功时间,格式yyyyMMddHHmmss */
  vendor_order_success_time?: string;
  /** 失败原因 */
  failed_reason?: string;
}

const REQUEST_SCHEMA = {
  ios_charge_callback_request_dto: {
    vendor_order_no: 'String',
    failed_code: 'String',
    jym_order_no: 'String',
    vendor_id: 'String',
    vendor_order_status: 'String',
    vendor_order_snap: 'String',
    version: 'String',
    vendor_order_success_time: 'String',
    failed_reason: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  failed_code: 'String',
  jym_order_success: 'String',
  failed_reason: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.fulfillment.ioscharge.callback`: method, response root, request and response schemas. */
export const alibabaJymFulfillmentIoschargeCallbackOperation = {
  method: 'alibaba.jym.fulfillment.ioscharge.callback',
  responseRoot: 'alibaba_jym_fulfillment_ioscharge_callback_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代充充值回调 — calls TOP method `alibaba.jym.fulfillment.ioscharge.callback`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymFulfillmentIoschargeCallback(
  client: TopClient,
  request: AlibabaJymFulfillmentIoschargeCallbackRequest,
  options?: CallOptions,
): Promise<AlibabaJymFulfillmentIoschargeCallbackResponse> {
  return client.call<AlibabaJymFulfillmentIoschargeCallbackResponse>(
    {
      method: 'alibaba.jym.fulfillment.ioscharge.callback',
      responseRoot: 'alibaba_jym_fulfillment_ioscharge_callback_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
