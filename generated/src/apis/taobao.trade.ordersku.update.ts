// Generated from specs/tbtrade/taobao.trade.ordersku.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.ordersku.update` (更新交易的销售属性). */
export interface TaobaoTradeOrderskuUpdateRequest {
  /** 子订单编号（对于单笔订单的交易可以传交易编号）。 */
  oid: Int64Input;
  /** 销售属性编号，可以通过taobao.item.skus.get获取订单对应的商品的所有销售属性。 */
  sku_id?: Int64Input;
  /** 销售属性组合串，格式：p1:v1;p2:v2，如：1627207:28329;20509:28314。可以通过taobao.item.skus.get获取订单对应的商品的所有销售属性。 */
  sku_props?: string;
}

/** Response of `taobao.trade.ordersku.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeOrderskuUpdateResponse {
  /** 只返回oid和modified */
  order?: TaobaoTradeOrderskuUpdateOrder;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Order` of `taobao.trade.ordersku.update`. */
export interface TaobaoTradeOrderskuUpdateOrder {
  /** 子订单编号 */
  oid?: Int64;
  /** 订单修改时间，目前只有taobao.trade.ordersku.update会返回此字段。 */
  modified?: string;
}

const REQUEST_SCHEMA = {
  oid: 'Number',
  sku_id: 'Number',
  sku_props: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order: {
    oid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.ordersku.update`: method, response root, request and response schemas. */
export const taobaoTradeOrderskuUpdateOperation = {
  method: 'taobao.trade.ordersku.update',
  responseRoot: 'trade_ordersku_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新交易的销售属性 — calls TOP method `taobao.trade.ordersku.update`.
 *
 * 只能更新发货前子订单的销售属性
 * 只能更新价格相同的销售属性。对于拍下减库存的交易会同步更新销售属性的库存量。对于旺店的交易，要使用商品扩展信息中的SKU价格来比较。
 * 必须使用sku_id或sku_props中的一个参数来更新，如果两个都传的话，sku_id优先
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeOrderskuUpdate(
  client: TopClient,
  request: TaobaoTradeOrderskuUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoTradeOrderskuUpdateResponse> {
  return client.call<TaobaoTradeOrderskuUpdateResponse>(
    {
      method: 'taobao.trade.ordersku.update',
      responseRoot: 'trade_ordersku_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
