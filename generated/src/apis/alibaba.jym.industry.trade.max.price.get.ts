// Generated from specs/jym/alibaba.jym.industry.trade.max.price.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.jym.industry.trade.max.price.get` (获取交易猫单个游戏渠道帐号交易成功最高价). */
export interface AlibabaJymIndustryTradeMaxPriceGetRequest {
  /** 请求 */
  jym_max_price_request?: AlibabaJymIndustryTradeMaxPriceGetJymMaxPriceRequestDTOInput;
}

/** Response of `alibaba.jym.industry.trade.max.price.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaJymIndustryTradeMaxPriceGetResponse {
  /** 最高价订单信息 */
  result?: AlibabaJymIndustryTradeMaxPriceGetJymMaxPriceOrderInfoDTO;
  /** 子错误码 */
  sub_code_type?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 子错误码描述 */
  sub_extra_err_msg?: string;
  /** 错误码 */
  state_code?: string;
  /** 错误信息 */
  extra_err_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JymMaxPriceRequestDTO` of `alibaba.jym.industry.trade.max.price.get`. */
export interface AlibabaJymIndustryTradeMaxPriceGetJymMaxPriceRequestDTOInput {
  /** 交易猫游戏ID */
  jym_game_id?: string;
  /** 渠道标识 */
  channel?: string;
}

/** `JymMaxPriceOrderInfoDTO` of `alibaba.jym.industry.trade.max.price.get`. */
export interface AlibabaJymIndustryTradeMaxPriceGetJymMaxPriceOrderInfoDTO {
  /** 交易猫游戏ID */
  jym_game_id?: string;
  /** 交易猫游戏名称 */
  jym_game_name?: string;
  /** 订单价格 */
  order_price?: Int64;
}

const REQUEST_SCHEMA = {
  jym_max_price_request: {
    jym_game_id: 'String',
    channel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    jym_game_id: 'String',
    jym_game_name: 'String',
    order_price: 'Number',
  },
  sub_code_type: 'String',
  is_success: 'Boolean',
  sub_extra_err_msg: 'String',
  state_code: 'String',
  extra_err_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.jym.industry.trade.max.price.get`: method, response root, request and response schemas. */
export const alibabaJymIndustryTradeMaxPriceGetOperation = {
  method: 'alibaba.jym.industry.trade.max.price.get',
  responseRoot: 'alibaba_jym_industry_trade_max_price_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取交易猫单个游戏渠道帐号交易成功最高价 — calls TOP method `alibaba.jym.industry.trade.max.price.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaJymIndustryTradeMaxPriceGet(
  client: TopClient,
  request: AlibabaJymIndustryTradeMaxPriceGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaJymIndustryTradeMaxPriceGetResponse> {
  return client.call<AlibabaJymIndustryTradeMaxPriceGetResponse>(
    {
      method: 'alibaba.jym.industry.trade.max.price.get',
      responseRoot: 'alibaba_jym_industry_trade_max_price_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
