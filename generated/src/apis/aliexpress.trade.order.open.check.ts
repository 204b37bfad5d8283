// Generated from specs/aliexpresssumaitong/aliexpress.trade.order.open.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.trade.order.open.check` (Aliexpress开放平台下单前置检查). */
export interface AliexpressTradeOrderOpenCheckRequest {
  /** 预下单入参 */
  param_pre_create_order_request: AliexpressTradeOrderOpenCheckPreCreateOrderRequestInput;
  /** 客户端信息 */
  param_client_info: AliexpressTradeOrderOpenCheckClientInfoInput;
}

/** Response of `aliexpress.trade.order.open.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressTradeOrderOpenCheckResponse {
  /** 预下单返回值 */
  result?: AliexpressTradeOrderOpenCheckPreCheckResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PreCreateOrderRequest` of `aliexpress.trade.order.open.check`. */
export interface AliexpressTradeOrderOpenCheckPreCreateOrderRequestInput {
  /** 商品信息 */
  items: AliexpressTradeOrderOpenCheckItemInput[];
}

/** `Item` of `aliexpress.trade.order.open.check`. */
export interface AliexpressTradeOrderOpenCheckItemInput {
  /** 商品id */
  item_id: Int64Input;
  /** 商品价格 */
  price: AliexpressTradeOrderOpenCheckItemPriceInput;
  /** 数量 */
  quantity: Int64Input;
  /** skuId */
  sku_id: Int64Input;
}

/** `ItemPrice` of `aliexpress.trade.order.open.check`. */
export interface AliexpressTradeOrderOpenCheckItemPriceInput {
  /** 币种 */
  currency: string;
  /** 价格，单位分 */
  item_price: string;
}

/** `ClientInfo` of `aliexpress.trade.order.open.check`. */
export interface AliexpressTradeOrderOpenCheckClientInfoInput {
  /** 小程序appId */
  open_app_id: string;
  /** 客户端业务码 */
  open_biz_code: string;
}

/** `PreCheckResponse` of `aliexpress.trade.order.open.check`. */
export interface AliexpressTradeOrderOpenCheckPreCheckResponse {
  /** 错误码 */
  error_code?: AliexpressTradeOrderOpenCheckErrorCode;
  /** 错误信息 */
  msg?: string;
  /** 请求traceId */
  request_trace?: string;
  /** 请求是否成功 */
  success?: boolean;
  /** 返回的token */
  token?: string;
}

/** `ErrorCode` of `aliexpress.trade.order.open.check`. */
export interface AliexpressTradeOrderOpenCheckErrorCode {
  /** 错误展示信息 */
  display_message?: string;
  /** 错误码key */
  key?: string;
  /** 错误详情 */
  log_message?: string;
}

const REQUEST_SCHEMA = {
  param_pre_create_order_request: {
    items: [
      {
        item_id: 'Number',
        price: {
          currency: 'String',
          item_price: 'String',
        },
        quantity: 'Number',
        sku_id: 'Number',
      },
    ],
  },
  param_client_info: {
    open_app_id: 'String',
    open_biz_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: {
      display_message: 'String',
      key: 'String',
      log_message: 'String',
    },
    msg: 'String',
    request_trace: 'String',
    success: 'Boolean',
    token: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.trade.order.open.check`: method, response root, request and response schemas. */
export const aliexpressTradeOrderOpenCheckOperation = {
  method: 'aliexpress.trade.order.open.check',
  responseRoot: 'aliexpress_trade_order_open_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Aliexpress开放平台下单前置检查 — calls TOP method `aliexpress.trade.order.open.check`.
 *
 * Aliexpress开放平台下单前通过下单入参获取token
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressTradeOrderOpenCheck(
  client: TopClient,
  request: AliexpressTradeOrderOpenCheckRequest,
  options?: CallOptions,
): Promise<AliexpressTradeOrderOpenCheckResponse> {
  return client.call<AliexpressTradeOrderOpenCheckResponse>(
    {
      method: 'aliexpress.trade.order.open.check',
      responseRoot: 'aliexpress_trade_order_open_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
