// Generated from specs/trade/aliexpress.payment.exchange.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.payment.exchange.get` (getExchange). */
export interface AliexpressPaymentExchangeGetRequest {
  /** 系统自动生成 */
  checkout_exchange_request?: AliexpressPaymentExchangeGetCheckoutExchangeRequestInput;
}

/** Response of `aliexpress.payment.exchange.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressPaymentExchangeGetResponse {
  /** 接口返回model */
  result?: AliexpressPaymentExchangeGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CheckoutExchangeRequest` of `aliexpress.payment.exchange.get`. */
export interface AliexpressPaymentExchangeGetCheckoutExchangeRequestInput {
  /** 基准币种(卖家设置的） */
  base_currency: string;
  /** 报价币种(买家看到的） */
  quote_currency: string;
}

/** `Result` of `aliexpress.payment.exchange.get`. */
export interface AliexpressPaymentExchangeGetResult {
  /** 是否不成功 */
  not_success?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 返汇率相关数据 */
  module?: AliexpressPaymentExchangeGetModule;
  /** 错误信息 */
  error_code?: AliexpressPaymentExchangeGetErrorCode;
  /** 是否重复重复 */
  repeated?: boolean;
  /** 是否重试 */
  retry?: boolean;
}

/** `Module` of `aliexpress.payment.exchange.get`. */
export interface AliexpressPaymentExchangeGetModule {
  /** 报价币种 */
  quote_currency?: string;
  /** 外部机构汇率号 */
  inst_exchange_rate_no?: string;
  /** 过期时间 */
  expire_time?: string;
  /** 缓冲时间 */
  threshold_time?: string;
  /** 汇率 */
  rate?: string;
  /** 是否可交易 */
  tradable?: boolean;
  /** 有效时间 */
  valid_time?: string;
  /** 基准币种 */
  base_currency?: string;
  /** 汇率号 */
  exchange_rate_no?: string;
}

/** `ErrorCode` of `aliexpress.payment.exchange.get`. */
export interface AliexpressPaymentExchangeGetErrorCode {
  /** 错误展示信息 */
  display_message?: string;
  /** 错误码key */
  key?: string;
  /** 错误详情 */
  log_message?: string;
}

const REQUEST_SCHEMA = {
  checkout_exchange_request: {
    base_currency: 'String',
    quote_currency: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    not_success: 'Boolean',
    success: 'Boolean',
    module: {
      quote_currency: 'String',
      inst_exchange_rate_no: 'String',
      expire_time: 'String',
      threshold_time: 'String',
      rate: 'String',
      tradable: 'Boolean',
      valid_time: 'String',
      base_currency: 'String',
      exchange_rate_no: 'String',
    },
    error_code: {
      display_message: 'String',
      key: 'String',
      log_message: 'String',
    },
    repeated: 'Boolean',
    retry: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.payment.exchange.get`: method, response root, request and response schemas. */
export const aliexpressPaymentExchangeGetOperation = {
  method: 'aliexpress.payment.exchange.get',
  responseRoot: 'aliexpress_payment_exchange_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * getExchange — calls TOP method `aliexpress.payment.exchange.get`.
 *
 * 提供国际汇率服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressPaymentExchangeGet(
  client: TopClient,
  request: AliexpressPaymentExchangeGetRequest = {},
  options?: CallOptions,
): Promise<AliexpressPaymentExchangeGetResponse> {
  return client.call<AliexpressPaymentExchangeGetResponse>(
    {
      method: 'aliexpress.payment.exchange.get',
      responseRoot: 'aliexpress_payment_exchange_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
