// Generated from specs/logistic/alibaba.ele.fengniao.cancel.merchant.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.fengniao.cancel.merchant` (商户取消). */
export interface AlibabaEleFengniaoCancelMerchantRequest {
  /** 参数param */
  param: AlibabaEleFengniaoCancelMerchantParamInput;
}

/** Response of `alibaba.ele.fengniao.cancel.merchant`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleFengniaoCancelMerchantResponse {
  /** message */
  message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Param` of `alibaba.ele.fengniao.cancel.merchant`. */
export interface AlibabaEleFengniaoCancelMerchantParamInput {
  /** appId */
  app_id: string;
  /** 外部订单号 */
  partner_order_code: string;
  /** 渠道code */
  channel_id?: string;
  /** 取消原因描述 */
  order_cancel_desc?: string;
  /** 取消code */
  order_cancel_code?: Int64Input;
  /** 取消原因code 1:用户取消 */
  order_cancel_reason_code?: Int64Input;
}

const REQUEST_SCHEMA = {
  param: {
    app_id: 'String',
    partner_order_code: 'String',
    channel_id: 'String',
    order_cancel_desc: 'String',
    order_cancel_code: 'Number',
    order_cancel_reason_code: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.fengniao.cancel.merchant`: method, response root, request and response schemas. */
export const alibabaEleFengniaoCancelMerchantOperation = {
  method: 'alibaba.ele.fengniao.cancel.merchant',
  responseRoot: 'alibaba_ele_fengniao_cancel_merchant_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商户取消 — calls TOP method `alibaba.ele.fengniao.cancel.merchant`.
 *
 * 商户取消配送
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleFengniaoCancelMerchant(
  client: TopClient,
  request: AlibabaEleFengniaoCancelMerchantRequest,
  options?: CallOptions,
): Promise<AlibabaEleFengniaoCancelMerchantResponse> {
  return client.call<AlibabaEleFengniaoCancelMerchantResponse>(
    {
      method: 'alibaba.ele.fengniao.cancel.merchant',
      responseRoot: 'alibaba_ele_fengniao_cancel_merchant_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
