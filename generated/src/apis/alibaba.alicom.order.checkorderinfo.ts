// Generated from specs/alicom/alibaba.alicom.order.checkorderinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alicom.order.checkorderinfo` (金融购机订单信息校验). */
export interface AlibabaAlicomOrderCheckorderinfoRequest {
  /** 订单状态1: 等待买家付款 2:等待卖家发货 4:已退款 6: 交易成功 */
  trade_status: Int64Input;
  /** 商家的店铺名 */
  shop_name: string;
  /** 买家昵称 */
  user_nick: string;
  /** 淘宝交易订单id */
  biz_order_id: Int64Input;
  /** 宝贝id */
  item_id: Int64Input;
}

/** Response of `alibaba.alicom.order.checkorderinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlicomOrderCheckorderinfoResponse {
  /** result */
  result?: AlibabaAlicomOrderCheckorderinfoCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CommonResult` of `alibaba.alicom.order.checkorderinfo`. */
export interface AlibabaAlicomOrderCheckorderinfoCommonResult {
  /** model */
  model?: string;
  /** desc */
  desc?: string;
  /** code */
  code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  trade_status: 'Number',
  shop_name: 'String',
  user_nick: 'String',
  biz_order_id: 'Number',
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'String',
    desc: 'String',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alicom.order.checkorderinfo`: method, response root, request and response schemas. */
export const alibabaAlicomOrderCheckorderinfoOperation = {
  method: 'alibaba.alicom.order.checkorderinfo',
  responseRoot: 'alibaba_alicom_order_checkorderinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 金融购机订单信息校验 — calls TOP method `alibaba.alicom.order.checkorderinfo`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlicomOrderCheckorderinfo(
  client: TopClient,
  request: AlibabaAlicomOrderCheckorderinfoRequest,
  options?: CallOptions,
): Promise<AlibabaAlicomOrderCheckorderinfoResponse> {
  return client.call<AlibabaAlicomOrderCheckorderinfoResponse>(
    {
      method: 'alibaba.alicom.order.checkorderinfo',
      responseRoot: 'alibaba_alicom_order_checkorderinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
