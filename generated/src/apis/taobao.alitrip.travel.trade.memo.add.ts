// Generated from specs/traveltrade/taobao.alitrip.travel.trade.memo.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.trade.memo.add` (添加一笔交易备注). */
export interface TaobaoAlitripTravelTradeMemoAddRequest {
  /** 交易ID */
  tid: Int64Input;
  /** 交易备注。最大长度: 1000个字节 */
  memo: string;
  /** 交易备注旗帜，可选值为：0(灰色), 1(红色), 2(黄色), 3(绿色), 4(蓝色), 5(粉红色)，默认值为0 */
  flag?: Int64Input;
}

/** Response of `taobao.alitrip.travel.trade.memo.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelTradeMemoAddResponse {
  /** 交易添加备注返回值 */
  memo_add?: TaobaoAlitripTravelTradeMemoAddMemoCreate;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemoCreate` of `taobao.alitrip.travel.trade.memo.add`. */
export interface TaobaoAlitripTravelTradeMemoAddMemoCreate {
  /** 备注添加时间 */
  created?: string;
  /** 交易ID */
  tid?: Int64;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  memo: 'String',
  flag: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  memo_add: {
    created: 'Date',
    tid: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.trade.memo.add`: method, response root, request and response schemas. */
export const taobaoAlitripTravelTradeMemoAddOperation = {
  method: 'taobao.alitrip.travel.trade.memo.add',
  responseRoot: 'alitrip_travel_trade_memo_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 添加一笔交易备注 — calls TOP method `taobao.alitrip.travel.trade.memo.add`.
 *
 * 对一笔交易添加备注
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelTradeMemoAdd(
  client: TopClient,
  request: TaobaoAlitripTravelTradeMemoAddRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelTradeMemoAddResponse> {
  return client.call<TaobaoAlitripTravelTradeMemoAddResponse>(
    {
      method: 'taobao.alitrip.travel.trade.memo.add',
      responseRoot: 'alitrip_travel_trade_memo_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
