// Generated from specs/opentrade/taobao.miniapp.advanced.tradeinfo.price.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.advanced.tradeinfo.price.modify` (高级定制商家传入改价信息). */
export interface TaobaoMiniappAdvancedTradeinfoPriceModifyRequest {
  /** 请求参数 */
  req: TaobaoMiniappAdvancedTradeinfoPriceModifySaveModifyPriceRequestInput;
}

/** Response of `taobao.miniapp.advanced.tradeinfo.price.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappAdvancedTradeinfoPriceModifyResponse {
  /** result */
  result?: TaobaoMiniappAdvancedTradeinfoPriceModifyAbilityResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SaveModifyPriceRequest` of `taobao.miniapp.advanced.tradeinfo.price.modify`. */
export interface TaobaoMiniappAdvancedTradeinfoPriceModifySaveModifyPriceRequestInput {
  /** 改价的商品id */
  item_id: Int64Input;
  /** 改价价格，单位分 */
  price: Int64Input;
  /** 买家openId，如果有就传，后续会校验。没有的可以不用传，但是校验买家参数会跳过 */
  open_id?: string;
}

/** `AbilityResponse` of `taobao.miniapp.advanced.tradeinfo.price.modify`. */
export interface TaobaoMiniappAdvancedTradeinfoPriceModifyAbilityResponse {
  /** 保存信息的参数 */
  price_key?: string;
  /** true or false */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  req: {
    item_id: 'Number',
    price: 'Number',
    open_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    price_key: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.advanced.tradeinfo.price.modify`: method, response root, request and response schemas. */
export const taobaoMiniappAdvancedTradeinfoPriceModifyOperation = {
  method: 'taobao.miniapp.advanced.tradeinfo.price.modify',
  responseRoot: 'miniapp_advanced_tradeinfo_price_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 高级定制商家传入改价信息 — calls TOP method `taobao.miniapp.advanced.tradeinfo.price.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappAdvancedTradeinfoPriceModify(
  client: TopClient,
  request: TaobaoMiniappAdvancedTradeinfoPriceModifyRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappAdvancedTradeinfoPriceModifyResponse> {
  return client.call<TaobaoMiniappAdvancedTradeinfoPriceModifyResponse>(
    {
      method: 'taobao.miniapp.advanced.tradeinfo.price.modify',
      responseRoot: 'miniapp_advanced_tradeinfo_price_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
