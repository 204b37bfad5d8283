// Generated from specs/trade/taobao.wtt.trade.service.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wtt.trade.service.get` (获取网厅号卡垂直标信息). */
export interface TaobaoWttTradeServiceGetRequest {
  /** 订单ID */
  biz_order: Int64Input;
}

/** Response of `taobao.wtt.trade.service.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWttTradeServiceGetResponse {
  /** 返回实例 */
  modules?: TaobaoWttTradeServiceGetWtverticalDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WtverticalDto` of `taobao.wtt.trade.service.get`. */
export interface TaobaoWttTradeServiceGetWtverticalDto {
  /** 手机号码 */
  phone_no?: string;
  /** 订单号 */
  biz_order_id?: string;
  /** 城市区号 */
  phone_city_code?: string;
  /** 省区号 */
  phone_province_code?: string;
  /** 属性 */
  attr?: string;
  /** 号码归属地城市 */
  phone_city_name?: string;
  /** 号码归属地省 */
  phone_province_name?: string;
  /** 套餐名称 */
  plan_title?: string;
  /** 套餐商家编码 */
  out_plan_id?: string;
  /** 套餐开通规则 */
  effect_rule?: string;
  /** 协议商家编码 */
  agreement_id?: string;
}

const REQUEST_SCHEMA = {
  biz_order: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  modules: {
    phone_no: 'String',
    biz_order_id: 'String',
    phone_city_code: 'String',
    phone_province_code: 'String',
    attr: 'String',
    phone_city_name: 'String',
    phone_province_name: 'String',
    plan_title: 'String',
    out_plan_id: 'String',
    effect_rule: 'String',
    agreement_id: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wtt.trade.service.get`: method, response root, request and response schemas. */
export const taobaoWttTradeServiceGetOperation = {
  method: 'taobao.wtt.trade.service.get',
  responseRoot: 'wtt_trade_service_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取网厅号卡垂直标信息 — calls TOP method `taobao.wtt.trade.service.get`.
 *
 * 查询网厅订单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWttTradeServiceGet(
  client: TopClient,
  request: TaobaoWttTradeServiceGetRequest,
  options?: CallOptions,
): Promise<TaobaoWttTradeServiceGetResponse> {
  return client.call<TaobaoWttTradeServiceGetResponse>(
    {
      method: 'taobao.wtt.trade.service.get',
      responseRoot: 'wtt_trade_service_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
