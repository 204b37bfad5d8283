// Generated from specs/tbtrade/taobao.trade.shippingaddress.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.shippingaddress.update` (更改交易的收货地址). */
export interface TaobaoTradeShippingaddressUpdateRequest {
  /** 交易编号。 */
  tid: Int64Input;
  /**
   * 收货人全名。最大长度为50个字节。
   *
   * Max length: 50
   */
  receiver_name?: string;
  /**
   * 座机号码。最大长度为30个字节。传-1表示删除
   *
   * Max length: 30
   */
  receiver_phone?: string;
  /**
   * 移动电话。最大长度为11个字节。传-1表示删除
   *
   * Max length: 11
   */
  receiver_mobile?: string;
  /**
   * 省份。最大长度为32个字节。如：浙江
   *
   * Max length: 32
   */
  receiver_state?: string;
  /**
   * 城市。最大长度为32个字节。如：杭州
   *
   * Max length: 32
   */
  receiver_city?: string;
  /**
   * 区/县。最大长度为32个字节。如：西湖区
   *
   * Max length: 32
   */
  receiver_district?: string;
  /**
   * 收货地址。最大长度为228个字节。
   *
   * Max length: 228
   */
  receiver_address?: string;
  /**
   * 邮政编码。必须由6个数字组成。注：邮政编码根据地址信息自动填入，不可单独修改
   *
   * Max length: 6
   */
  receiver_zip?: string;
  /**
   * 四级地址。最大长度为32个字节。如：五常街道
   *
   * Max length: 32
   */
  receiver_town?: string;
}

/** Response of `taobao.trade.shippingaddress.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeShippingaddressUpdateResponse {
  /** 交易结构 */
  trade?: TaobaoTradeShippingaddressUpdateTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.shippingaddress.update`. */
export interface TaobaoTradeShippingaddressUpdateTrade {
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** 交易修改时间(用户对订单的任何修改都会更新此字段)。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  receiver_name: 'String',
  receiver_phone: 'String',
  receiver_mobile: 'String',
  receiver_state: 'String',
  receiver_city: 'String',
  receiver_district: 'String',
  receiver_address: 'String',
  receiver_zip: 'String',
  receiver_town: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    tid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.shippingaddress.update`: method, response root, request and response schemas. */
export const taobaoTradeShippingaddressUpdateOperation = {
  method: 'taobao.trade.shippingaddress.update',
  responseRoot: 'trade_shippingaddress_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更改交易的收货地址 — calls TOP method `taobao.trade.shippingaddress.update`.
 *
 * 只能更新一笔交易里面的买家收货地址
 * 只能更新发货前（即买家已付款，等待卖家发货状态）的交易的买家收货地址
 * 更新后的发货地址可以通过taobao.trade.fullinfo.get查到
 * 参数中所说的字节为GBK编码的（英文和数字占1字节，中文占2字节）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeShippingaddressUpdate(
  client: TopClient,
  request: TaobaoTradeShippingaddressUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoTradeShippingaddressUpdateResponse> {
  return client.call<TaobaoTradeShippingaddressUpdateResponse>(
    {
      method: 'taobao.trade.shippingaddress.update',
      responseRoot: 'trade_shippingaddress_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
