// Generated from specs/tbtrade/taobao.trade.close.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.close` (卖家关闭一笔交易). */
export interface TaobaoTradeCloseRequest {
  /** 主订单或子订单编号。 */
  tid: Int64Input;
  /** 交易关闭原因。可以选择的理由有：1.未及时付款2、买家不想买了3、买家信息填写错误，重新拍4、恶意买家/同行捣乱5、缺货6、买家拍错了7、同城见面交易 */
  close_reason: string;
}

/** Response of `taobao.trade.close`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeCloseResponse {
  /** 关闭交易时返回的Trade信息，可用字段有tid和modified */
  trade?: TaobaoTradeCloseTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.close`. */
export interface TaobaoTradeCloseTrade {
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** 交易修改时间(用户对订单的任何修改都会更新此字段)。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  close_reason: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    tid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.close`: method, response root, request and response schemas. */
export const taobaoTradeCloseOperation = {
  method: 'taobao.trade.close',
  responseRoot: 'trade_close_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 卖家关闭一笔交易 — calls TOP method `taobao.trade.close`.
 *
 * 关闭一笔订单，可以是主订单或子订单。当订单从创建到关闭时间小于10s的时候，会报“CLOSE_TRADE_TOO_FAST”错误。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeClose(
  client: TopClient,
  request: TaobaoTradeCloseRequest,
  options?: CallOptions,
): Promise<TaobaoTradeCloseResponse> {
  return client.call<TaobaoTradeCloseResponse>(
    {
      method: 'taobao.trade.close',
      responseRoot: 'trade_close_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
