// Generated from specs/tbtrade/taobao.trade.memo.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.memo.add` (对一笔交易添加备注). */
export interface TaobaoTradeMemoAddRequest {
  /** 交易编号 */
  tid: Int64Input;
  /** 交易备注。最大长度: 1000个字节 */
  memo: string;
  /** 交易备注旗帜，可选值为：0(灰色), 1(红色), 2(黄色), 3(绿色), 4(蓝色), 5(粉红色)，默认值为0 */
  flag?: Int64Input;
}

/** Response of `taobao.trade.memo.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeMemoAddResponse {
  /** 对一笔交易添加备注后返回其对应的Trade，Trade中可用的返回字段有tid和created */
  trade?: TaobaoTradeMemoAddTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.memo.add`. */
export interface TaobaoTradeMemoAddTrade {
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** 交易创建时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  memo: 'String',
  flag: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    tid: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.memo.add`: method, response root, request and response schemas. */
export const taobaoTradeMemoAddOperation = {
  method: 'taobao.trade.memo.add',
  responseRoot: 'trade_memo_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 对一笔交易添加备注 — calls TOP method `taobao.trade.memo.add`.
 *
 * 根据登录用户的身份（买家或卖家），自动添加相应的交易备注,不能重复调用些接口添加备注，需要更新备注请用taobao.trade.memo.update
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeMemoAdd(
  client: TopClient,
  request: TaobaoTradeMemoAddRequest,
  options?: CallOptions,
): Promise<TaobaoTradeMemoAddResponse> {
  return client.call<TaobaoTradeMemoAddResponse>(
    {
      method: 'taobao.trade.memo.add',
      responseRoot: 'trade_memo_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
