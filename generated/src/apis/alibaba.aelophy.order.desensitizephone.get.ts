// Generated from specs/wdk/alibaba.aelophy.order.desensitizephone.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.aelophy.order.desensitizephone.get` (获取订单隐私号). */
export interface AlibabaAelophyOrderDesensitizephoneGetRequest {
  /** 请求 */
  order_desensitize_phone_request: AlibabaAelophyOrderDesensitizephoneGetOrderDesensitizePhoneRequestInput;
}

/** Response of `alibaba.aelophy.order.desensitizephone.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAelophyOrderDesensitizephoneGetResponse {
  /** 调用是否成功 */
  api_success?: boolean;
  /** 错误码 */
  api_err_code?: string;
  /** 错误信息 */
  api_err_msg?: string;
  /** 订单隐私号信息 */
  model?: AlibabaAelophyOrderDesensitizephoneGetOrderDesensitizePhoneResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderDesensitizePhoneRequest` of `alibaba.aelophy.order.desensitizephone.get`. */
export interface AlibabaAelophyOrderDesensitizephoneGetOrderDesensitizePhoneRequestInput {
  /** 业务单号 */
  biz_order_id: string;
  /** 经营店编码 */
  store_code: string;
}

/** `OrderDesensitizePhoneResult` of `alibaba.aelophy.order.desensitizephone.get`. */
export interface AlibabaAelophyOrderDesensitizephoneGetOrderDesensitizePhoneResult {
  /** 商家编码 */
  merchant_code?: string;
  /** 业务单号 */
  biz_order_id?: string;
  /** 经营店编码 */
  store_code?: string;
  /** 脱敏的手机号 */
  receiver_privacy_phone?: string;
  /** 虚拟号 */
  virtual_number?: string;
  /** 买家虚拟号（仅鲜花行业订单有值） */
  buyer_virtual_number?: string;
  /** 预计过期时间 */
  expiration_time?: Int64;
}

const REQUEST_SCHEMA = {
  order_desensitize_phone_request: {
    biz_order_id: 'String',
    store_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_success: 'Boolean',
  api_err_code: 'String',
  api_err_msg: 'String',
  model: {
    merchant_code: 'String',
    biz_order_id: 'String',
    store_code: 'String',
    receiver_privacy_phone: 'String',
    virtual_number: 'String',
    buyer_virtual_number: 'String',
    expiration_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.aelophy.order.desensitizephone.get`: method, response root, request and response schemas. */
export const alibabaAelophyOrderDesensitizephoneGetOperation = {
  method: 'alibaba.aelophy.order.desensitizephone.get',
  responseRoot: 'alibaba_aelophy_order_desensitizephone_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取订单隐私号 — calls TOP method `alibaba.aelophy.order.desensitizephone.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAelophyOrderDesensitizephoneGet(
  client: TopClient,
  request: AlibabaAelophyOrderDesensitizephoneGetRequest,
  options?: CallOptions,
): Promise<AlibabaAelophyOrderDesensitizephoneGetResponse> {
  return client.call<AlibabaAelophyOrderDesensitizephoneGetResponse>(
    {
      method: 'alibaba.aelophy.order.desensitizephone.get',
      responseRoot: 'alibaba_aelophy_order_desensitizephone_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
