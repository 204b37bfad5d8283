// Generated from specs/eticket/taobao.vmarket.eticket.auth.consume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.auth.consume` (核销放行的核销接口). */
export interface TaobaoVmarketEticketAuthConsumeRequest {
  /** 核销的码，只支持单个码，多个码核销需要多次调用 */
  verify_code: string;
  /** 核销方的ID，如果是普通码商必须传入机具ID,如果是私有码商家（即原有的信任商家）可默认传入私有码商ID */
  operatorid: string;
  /** 核销份数 */
  consume_num: Int64Input;
  /** 自定义核销流水号，需要小于等于100个字符(a-zA-Z0-9_) */
  serial_num: string;
  /** 网点ID,网点授权核销时，必须传入；其他核销方式可不传 */
  storeid?: string;
}

/** Response of `taobao.vmarket.eticket.auth.consume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketAuthConsumeResponse {
  /** 1:可以进行核销码操作 */
  ret_code?: Int64;
  /** 商品标题 */
  item_title?: string;
  /** 订单ID */
  order_id?: Int64;
  /** 淘宝卖家ID */
  taobao_sid?: Int64;
  /** 淘宝卖家旺旺名称 */
  seller_nick?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  verify_code: 'String',
  operatorid: 'String',
  consume_num: 'Number',
  serial_num: 'String',
  storeid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  item_title: 'String',
  order_id: 'Number',
  taobao_sid: 'Number',
  seller_nick: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.auth.consume`: method, response root, request and response schemas. */
export const taobaoVmarketEticketAuthConsumeOperation = {
  method: 'taobao.vmarket.eticket.auth.consume',
  responseRoot: 'vmarket_eticket_auth_consume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 核销放行的核销接口 — calls TOP method `taobao.vmarket.eticket.auth.consume`.
 *
 * 针对O2O电子凭证核销放行业务，为满足码商能够核销淘宝码而开放的核销接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketAuthConsume(
  client: TopClient,
  request: TaobaoVmarketEticketAuthConsumeRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketAuthConsumeResponse> {
  return client.call<TaobaoVmarketEticketAuthConsumeResponse>(
    {
      method: 'taobao.vmarket.eticket.auth.consume',
      responseRoot: 'vmarket_eticket_auth_consume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
