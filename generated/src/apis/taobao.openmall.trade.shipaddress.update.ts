// Generated from specs/openmall/taobao.openmall.trade.shipaddress.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trade.shipaddress.update` (Openmall订单收货地址修改). */
export interface TaobaoOpenmallTradeShipaddressUpdateRequest {
  /** 媒体渠道，代表分销者的身份，签约支付宝代扣的渠道商淘宝账号nick */
  distributor: string;
  /**
   * 收货地址。最大长度为228个字节。
   *
   * Max length: 228
   */
  receiver_address: string;
  /**
   * 城市。最大长度为32个字节。如：杭州
   *
   * Max length: 32
   */
  receiver_city: string;
  /**
   * 区/县。最大长度为32个字节。如：西湖区
   *
   * Max length: 32
   */
  receiver_district: string;
  /**
   * 移动电话。最大长度为11个字节。
   *
   * Max length: 11
   */
  receiver_mobile: string;
  /**
   * 收货人全名。最大长度为50个字节。
   *
   * Max length: 50
   */
  receiver_name: string;
  /**
   * 固定电话。最大长度为30个字节。
   *
   * Max length: 30
   */
  receiver_phone?: string;
  /**
   * 省份。最大长度为32个字节。如：浙江
   *
   * Max length: 32
   */
  receiver_state: string;
  /** 6位数字的邮编 */
  receiver_zip?: string;
  /** 淘宝订单号 */
  tid: Int64Input;
}

/** Response of `taobao.openmall.trade.shipaddress.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTradeShipaddressUpdateResponse {
  /** 订单号 */
  tid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  distributor: 'String',
  receiver_address: 'String',
  receiver_city: 'String',
  receiver_district: 'String',
  receiver_mobile: 'String',
  receiver_name: 'String',
  receiver_phone: 'String',
  receiver_state: 'String',
  receiver_zip: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trade.shipaddress.update`: method, response root, request and response schemas. */
export const taobaoOpenmallTradeShipaddressUpdateOperation = {
  method: 'taobao.openmall.trade.shipaddress.update',
  responseRoot: 'openmall_trade_shipaddress_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * Openmall订单收货地址修改 — calls TOP method `taobao.openmall.trade.shipaddress.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTradeShipaddressUpdate(
  client: TopClient,
  request: TaobaoOpenmallTradeShipaddressUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallTradeShipaddressUpdateResponse> {
  return client.call<TaobaoOpenmallTradeShipaddressUpdateResponse>(
    {
      method: 'taobao.openmall.trade.shipaddress.update',
      responseRoot: 'openmall_trade_shipaddress_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
