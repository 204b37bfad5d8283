// Generated from specs/wdk/alibaba.wdk.bm.trade.activity.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bm.trade.activity.query` (品牌营销的订单活动信息查询). */
export interface AlibabaWdkBmTradeActivityQueryRequest {
  /** 入参 */
  query_param: AlibabaWdkBmTradeActivityQueryIsvOrderQueryParamInput;
}

/** Response of `alibaba.wdk.bm.trade.activity.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBmTradeActivityQueryResponse {
  /** 结果数据 */
  result?: AlibabaWdkBmTradeActivityQueryBmResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IsvOrderQueryParam` of `alibaba.wdk.bm.trade.activity.query`. */
export interface AlibabaWdkBmTradeActivityQueryIsvOrderQueryParamInput {
  /** 商家外部门店编码 */
  out_shop_code?: string;
  /** 外部订单id */
  out_order_id?: string;
}

/** `BmResult` of `alibaba.wdk.bm.trade.activity.query`. */
export interface AlibabaWdkBmTradeActivityQueryBmResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码，当失败返回错误码 */
  error_code?: string;
  /** 描述信息，当成功返回OK，当失败返回错误描述 */
  message?: string;
  /** 数据（当前是券的umpId列表） */
  data?: string[];
}

const REQUEST_SCHEMA = {
  query_param: {
    out_shop_code: 'String',
    out_order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    message: 'String',
    data: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bm.trade.activity.query`: method, response root, request and response schemas. */
export const alibabaWdkBmTradeActivityQueryOperation = {
  method: 'alibaba.wdk.bm.trade.activity.query',
  responseRoot: 'alibaba_wdk_bm_trade_activity_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 品牌营销的订单活动信息查询 — calls TOP method `alibaba.wdk.bm.trade.activity.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBmTradeActivityQuery(
  client: TopClient,
  request: AlibabaWdkBmTradeActivityQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkBmTradeActivityQueryResponse> {
  return client.call<AlibabaWdkBmTradeActivityQueryResponse>(
    {
      method: 'alibaba.wdk.bm.trade.activity.query',
      responseRoot: 'alibaba_wdk_bm_trade_activity_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
