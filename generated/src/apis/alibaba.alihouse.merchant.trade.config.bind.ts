// Generated from specs/alihouse/alibaba.alihouse.merchant.trade.config.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.merchant.trade.config.bind` (交易场景绑定). */
export interface AlibabaAlihouseMerchantTradeConfigBindRequest {
  /** 进件资料对象 */
  cis: AlibabaAlihouseMerchantTradeConfigBindTradeSceneAddInfoDTOInput;
}

/** Response of `alibaba.alihouse.merchant.trade.config.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseMerchantTradeConfigBindResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseMerchantTradeConfigBindResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeSceneAddInfoDTO` of `alibaba.alihouse.merchant.trade.config.bind`. */
export interface AlibabaAlihouseMerchantTradeConfigBindTradeSceneAddInfoDTOInput {
  /** 外部场景ID */
  outer_trade_scene_config_id: string;
  /** 场景编码 */
  scene_code: Int64Input;
  /** 经营主体ID */
  merchant_open_id: Int64Input;
  /** 结算账户ID 否 */
  bank_id?: Int64Input;
  /** 电子签章ID */
  signature_id?: Int64Input;
  /** 协议模版ID */
  agreement_id?: Int64Input;
  /** 代收主体id */
  instead_merchant_open_id?: Int64Input;
  /** 代收结算账户id */
  instead_bank_id?: Int64Input;
  /** 收费模式 1-直收 2-代收 */
  collection_type?: Int64Input;
  /** 是否测试 1-是 0-否 */
  is_test: Int64Input;
}

/** `Result` of `alibaba.alihouse.merchant.trade.config.bind`. */
export interface AlibabaAlihouseMerchantTradeConfigBindResult {
  /** code */
  code?: string;
  /** 返回信息 */
  msg?: string;
  /** true或false */
  is_success?: boolean;
  /** 操作结果 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  cis: {
    outer_trade_scene_config_id: 'String',
    scene_code: 'Number',
    merchant_open_id: 'Number',
    bank_id: 'Number',
    signature_id: 'Number',
    agreement_id: 'Number',
    instead_merchant_open_id: 'Number',
    instead_bank_id: 'Number',
    collection_type: 'Number',
    is_test: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    is_success: 'Boolean',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.merchant.trade.config.bind`: method, response root, request and response schemas. */
export const alibabaAlihouseMerchantTradeConfigBindOperation = {
  method: 'alibaba.alihouse.merchant.trade.config.bind',
  responseRoot: 'alibaba_alihouse_merchant_trade_config_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易场景绑定 — calls TOP method `alibaba.alihouse.merchant.trade.config.bind`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseMerchantTradeConfigBind(
  client: TopClient,
  request: AlibabaAlihouseMerchantTradeConfigBindRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseMerchantTradeConfigBindResponse> {
  return client.call<AlibabaAlihouseMerchantTradeConfigBindResponse>(
    {
      method: 'alibaba.alihouse.merchant.trade.config.bind',
      responseRoot: 'alibaba_alihouse_merchant_trade_config_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
