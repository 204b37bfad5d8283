// Generated from specs/alicom/alibaba.alicom.wtt.opentrade.createorder.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alicom.wtt.opentrade.createorder` (充值送活动下单接口). */
export interface AlibabaAlicomWttOpentradeCreateorderRequest {
  /** 入参请求说明 */
  param0?: AlibabaAlicomWttOpentradeCreateorderOpentradCreateOrderRequestDTOInput;
}

/** Response of `alibaba.alicom.wtt.opentrade.createorder`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlicomWttOpentradeCreateorderResponse {
  /** result */
  result?: AlibabaAlicomWttOpentradeCreateorderTopResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpentradCreateOrderRequestDTO` of `alibaba.alicom.wtt.opentrade.createorder`. */
export interface AlibabaAlicomWttOpentradeCreateorderOpentradCreateOrderRequestDTOInput {
  /** 活动ID */
  activity_id?: Int64Input;
  /** 交易请求流水号 */
  transfer_id: string;
  /** 手机号 */
  phone: string;
  /** 价格(分) */
  price: string;
  /** 来源 */
  source: string;
  /** 卖家Nick */
  seller_nick: string;
  /** 支付宝Id */
  alipay_id?: Int64Input;
  /** 淘宝Nick */
  taobao_nick?: string;
  /** 淘宝Token */
  taobao_token?: string;
  /** 礼包ID */
  gift_id?: Int64Input;
  /** 产品名称 */
  product_name?: string;
  /** 扩展属性 */
  ext?: string;
  /** 产品ID */
  product_id: string;
}

/** `TopResultDto` of `alibaba.alicom.wtt.opentrade.createorder`. */
export interface AlibabaAlicomWttOpentradeCreateorderTopResultDto {
  /** 错误信息 */
  error_message?: string;
  /** data */
  data?: AlibabaAlicomWttOpentradeCreateorderCreateOrderResponseDto;
  /** 错误码 */
  error_code?: string;
  /** success */
  success?: boolean;
}

/** `CreateOrderResponseDto` of `alibaba.alicom.wtt.opentrade.createorder`. */
export interface AlibabaAlicomWttOpentradeCreateorderCreateOrderResponseDto {
  /** 天猫订单号 */
  tmall_order_id?: string;
  /** 交易请求流水号 */
  transfer_id?: string;
  /** 金额(单位:分) */
  price?: string;
  /** 支付跳转地址 */
  pay_url?: string;
  /** 加密串 */
  sign_str?: string;
  /** 支付宝支付订单号 */
  alipay_trade_id?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    activity_id: 'Number',
    transfer_id: 'String',
    phone: 'String',
    price: 'String',
    source: 'String',
    seller_nick: 'String',
    alipay_id: 'Number',
    taobao_nick: 'String',
    taobao_token: 'String',
    gift_id: 'Number',
    product_name: 'String',
    ext: 'String',
    product_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    data: {
      tmall_order_id: 'String',
      transfer_id: 'String',
      price: 'String',
      pay_url: 'String',
      sign_str: 'String',
      alipay_trade_id: 'String',
    },
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alicom.wtt.opentrade.createorder`: method, response root, request and response schemas. */
export const alibabaAlicomWttOpentradeCreateorderOperation = {
  method: 'alibaba.alicom.wtt.opentrade.createorder',
  responseRoot: 'alibaba_alicom_wtt_opentrade_createorder_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 充值送活动下单接口 — calls TOP method `alibaba.alicom.wtt.opentrade.createorder`.
 *
 * 提供给话费宝创建淘宝订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlicomWttOpentradeCreateorder(
  client: TopClient,
  request: AlibabaAlicomWttOpentradeCreateorderRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlicomWttOpentradeCreateorderResponse> {
  return client.call<AlibabaAlicomWttOpentradeCreateorderResponse>(
    {
      method: 'alibaba.alicom.wtt.opentrade.createorder',
      responseRoot: 'alibaba_alicom_wtt_opentrade_createorder_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
