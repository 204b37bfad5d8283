// Generated from specs/eticket/taobao.vmarket.eticket.store.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.vmarket.eticket.store.get` (获取电子凭证预约门店信息). */
export interface TaobaoVmarketEticketStoreGetRequest {
  /** 订单ID */
  order_id: Int64Input;
}

/** Response of `taobao.vmarket.eticket.store.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoVmarketEticketStoreGetResponse {
  /** 商户id */
  store_id?: Int64;
  /** 商户地址 */
  address?: string;
  /** 商户名称 */
  name?: string;
  /** 区 */
  district?: string;
  /** 所在城市 */
  city?: string;
  /** 省份 */
  province?: string;
  /** 联系电话 */
  contract?: string;
  /** 自有卖家导入门店的时候，可以把自己系统门店信息的主键或者唯一key传入，用于快速匹配 */
  selfcode?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  store_id: 'Number',
  address: 'String',
  name: 'String',
  district: 'String',
  city: 'String',
  province: 'String',
  contract: 'String',
  selfcode: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.vmarket.eticket.store.get`: method, response root, request and response schemas. */
export const taobaoVmarketEticketStoreGetOperation = {
  method: 'taobao.vmarket.eticket.store.get',
  responseRoot: 'vmarket_eticket_store_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取电子凭证预约门店信息 — calls TOP method `taobao.vmarket.eticket.store.get`.
 *
 * 用于给外部商家查询电子凭证预约门店信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoVmarketEticketStoreGet(
  client: TopClient,
  request: TaobaoVmarketEticketStoreGetRequest,
  options?: CallOptions,
): Promise<TaobaoVmarketEticketStoreGetResponse> {
  return client.call<TaobaoVmarketEticketStoreGetResponse>(
    {
      method: 'taobao.vmarket.eticket.store.get',
      responseRoot: 'vmarket_eticket_store_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
