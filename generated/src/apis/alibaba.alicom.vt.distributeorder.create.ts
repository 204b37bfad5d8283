// Generated from specs/alicom/alibaba.alicom.vt.distributeorder.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alicom.vt.distributeorder.create` (通信业务外放下单). */
export interface AlibabaAlicomVtDistributeorderCreateRequest {
  /** 请求对象 */
  distribute_trade_msg_model?: AlibabaAlicomVtDistributeorderCreateDistributeTradeMsgModelInput;
}

/** Response of `alibaba.alicom.vt.distributeorder.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlicomVtDistributeorderCreateResponse {
  /** result */
  result?: AlibabaAlicomVtDistributeorderCreateCommonResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributeTradeMsgModel` of `alibaba.alicom.vt.distributeorder.create`. */
export interface AlibabaAlicomVtDistributeorderCreateDistributeTradeMsgModelInput {
  /** 业务来源 */
  source: string;
  /** 业务类型 */
  wt_biz_type: string;
  /** 扩展参数-短信验证码信息 */
  wtt_param?: string;
  /** 商品ID */
  item_id: Int64Input;
  /** 商家唯一幂等流水，数字类型，不可超过15位（建议appkey+数值） */
  out_order_id: string;
  /** 商品sku，可空 */
  sku_id?: string;
  /** 业务办理账户 */
  account: string;
}

/** `CommonResult` of `alibaba.alicom.vt.distributeorder.create`. */
export interface AlibabaAlicomVtDistributeorderCreateCommonResult {
  /** 错误信息 */
  desc?: string;
  /** data */
  model?: AlibabaAlicomVtDistributeorderCreateDistributeTradeOrderInfo;
  /** 错误码 */
  code?: string;
  /** success */
  success?: boolean;
}

/** `DistributeTradeOrderInfo` of `alibaba.alicom.vt.distributeorder.create`. */
export interface AlibabaAlicomVtDistributeorderCreateDistributeTradeOrderInfo {
  /** 天猫订单号 */
  tb_trade_id?: string;
  /** 交易请求流水号 */
  out_order_id?: string;
  /** 金额(单位:分) */
  price?: string;
  /** 支付跳转地址 */
  pay_url?: string;
  /** 加密串 */
  sign_str?: string;
}

const REQUEST_SCHEMA = {
  distribute_trade_msg_model: {
    source: 'String',
    wt_biz_type: 'String',
    wtt_param: 'String',
    item_id: 'Number',
    out_order_id: 'String',
    sku_id: 'String',
    account: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    desc: 'String',
    model: {
      tb_trade_id: 'String',
      out_order_id: 'String',
      price: 'String',
      pay_url: 'String',
      sign_str: 'String',
    },
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alicom.vt.distributeorder.create`: method, response root, request and response schemas. */
export const alibabaAlicomVtDistributeorderCreateOperation = {
  method: 'alibaba.alicom.vt.distributeorder.create',
  responseRoot: 'alibaba_alicom_vt_distributeorder_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通信业务外放下单 — calls TOP method `alibaba.alicom.vt.distributeorder.create`.
 *
 * 通信业务外放下单接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlicomVtDistributeorderCreate(
  client: TopClient,
  request: AlibabaAlicomVtDistributeorderCreateRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlicomVtDistributeorderCreateResponse> {
  return client.call<AlibabaAlicomVtDistributeorderCreateResponse>(
    {
      method: 'alibaba.alicom.vt.distributeorder.create',
      responseRoot: 'alibaba_alicom_vt_distributeorder_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
