// Generated from specs/eticket/taobao.vmarket.eticket.auth.beforeconsume.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.auth.beforeconsume` (核销放行的查询接口). */
export interface TaobaoVmarketEticketAuthBeforeconsumeRequest {
  /** 核销的码，只支持单个码，多个码核销需要多次调用 */
  verify_code: string;
  /** 核销方的ID，如果是普通码商必须传入机具ID,如果是私有码商家（即原有的信任商家）可默认传入私有码商ID */
  operatorid: string;
  /** 网点ID,网点授权核销时，必须传入；其他核销方式可不传 */
  storeid?: string;
}

/** Response of `taobao.vmarket.eticket.auth.beforeconsume`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketAuthBeforeconsumeResponse {
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
  /** 有效期结束时间 */
  valid_ends?: string;
  /** 有效期开始时间 */
  valid_start?: string;
  /** 当前码剩余可核销数量 */
  code_left_num?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  verify_code: 'String',
  operatorid: 'String',
  storeid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  ret_code: 'Number',
  item_title: 'String',
  order_id: 'Number',
  taobao_sid: 'Number',
  seller_nick: 'String',
  valid_ends: 'Date',
  valid_start: 'Date',
  code_left_num: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.auth.beforeconsume`: method, response root, request and response schemas. */
export const taobaoVmarketEticketAuthBeforeconsumeOperation = {
  method: 'taobao.vmarket.eticket.auth.beforeconsume',
  responseRoot: 'vmarket_eticket_auth_beforeconsume_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 核销放行的查询接口 — calls TOP method `taobao.vmarket.eticket.auth.beforeconsume`.
 *
 * 针对O2O电子凭证核销放行业务，为满足码商能够核销淘宝码而开放的核销查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketAuthBeforeconsume(
  client: TopClient,
  request: TaobaoVmarketEticketAuthBeforeconsumeRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketAuthBeforeconsumeResponse> {
  return client.call<TaobaoVmarketEticketAuthBeforeconsumeResponse>(
    {
      method: 'taobao.vmarket.eticket.auth.beforeconsume',
      responseRoot: 'vmarket_eticket_auth_beforeconsume_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
