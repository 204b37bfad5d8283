// Generated from specs/alitripmerchant/alitrip.merchant.galaxy.payment.param.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.merchant.galaxy.payment.param.query` (星河-支付参数查询接口). */
export interface AlitripMerchantGalaxyPaymentParamQueryRequest {
  /** 租户身份信息 */
  tenant_key: string;
  /** 用户校验token */
  token: string;
  /** 订单编号 */
  order_id: string;
}

/** Response of `alitrip.merchant.galaxy.payment.param.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripMerchantGalaxyPaymentParamQueryResponse {
  /** 默认描述 */
  result?: AlitripMerchantGalaxyPaymentParamQueryResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Response` of `alitrip.merchant.galaxy.payment.param.query`. */
export interface AlitripMerchantGalaxyPaymentParamQueryResponse2 {
  /** 成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 支付参数 */
  content?: AlitripMerchantGalaxyPaymentParamQueryOrderPayDTO;
  /** 错误描述 */
  error_msg?: string;
}

/** `OrderPayDTO` of `alitrip.merchant.galaxy.payment.param.query`. */
export interface AlitripMerchantGalaxyPaymentParamQueryOrderPayDTO {
  /** 签名 */
  pay_sign?: string;
  /** 签名类型 */
  sign_type?: string;
  /** 数据包 */
  package_str?: string;
  /** 随机字符串 */
  nonce_str?: string;
  /** 时间戳 */
  time_stamp?: string;
  /** 小程序id */
  app_id?: string;
  /** 预订结果 */
  book_result?: boolean;
}

const REQUEST_SCHEMA = {
  tenant_key: 'String',
  token: 'String',
  order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      pay_sign: 'String',
      sign_type: 'String',
      package_str: 'String',
      nonce_str: 'String',
      time_stamp: 'String',
      app_id: 'String',
      book_result: 'Boolean',
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.merchant.galaxy.payment.param.query`: method, response root, request and response schemas. */
export const alitripMerchantGalaxyPaymentParamQueryOperation = {
  method: 'alitrip.merchant.galaxy.payment.param.query',
  responseRoot: 'alitrip_merchant_galaxy_payment_param_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 星河-支付参数查询接口 — calls TOP method `alitrip.merchant.galaxy.payment.param.query`.
 *
 * 获取微信小程序的支付参数，供微信小程序调起支付请求。参数都为校验字段，不涉及用户隐私数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripMerchantGalaxyPaymentParamQuery(
  client: TopClient,
  request: AlitripMerchantGalaxyPaymentParamQueryRequest,
  options?: CallOptions,
): Promise<AlitripMerchantGalaxyPaymentParamQueryResponse> {
  return client.call<AlitripMerchantGalaxyPaymentParamQueryResponse>(
    {
      method: 'alitrip.merchant.galaxy.payment.param.query',
      responseRoot: 'alitrip_merchant_galaxy_payment_param_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
