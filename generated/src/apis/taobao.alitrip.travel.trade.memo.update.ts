// Generated from specs/traveltrade/taobao.alitrip.travel.trade.memo.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.travel.trade.memo.update` (修改一笔交易备注). */
export interface TaobaoAlitripTravelTradeMemoUpdateRequest {
  /** 交易ID */
  tid: Int64Input;
  /** 交易备注。最大长度: 1000个字节 */
  memo?: string;
  /** 交易备注旗帜，可选值为：0(灰色), 1(红色), 2(黄色), 3(绿色), 4(蓝色), 5(粉红色)，默认值为0 */
  flag?: Int64Input;
  /** 是否对memo的值置空若为true，则不管传入的memo字段的值是否为空，都将会对已有的memo值清空，慎用；若用false，则会根据memo是否为空来修改memo的值：若memo为空则忽略对已有memo字段的修改，若memo非空，则使用新传入的memo覆盖已有的memo的值 */
  reset?: boolean;
}

/** Response of `taobao.alitrip.travel.trade.memo.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripTravelTradeMemoUpdateResponse {
  /** 修改交易备注返回值 */
  memo_update?: TaobaoAlitripTravelTradeMemoUpdateMemoUpdate;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MemoUpdate` of `taobao.alitrip.travel.trade.memo.update`. */
export interface TaobaoAlitripTravelTradeMemoUpdateMemoUpdate {
  /** 交易ID */
  tid?: Int64;
  /** 关闭订单时间 */
  modified?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  memo: 'String',
  flag: 'Number',
  reset: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  memo_update: {
    tid: 'Number',
    modified: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.travel.trade.memo.update`: method, response root, request and response schemas. */
export const taobaoAlitripTravelTradeMemoUpdateOperation = {
  method: 'taobao.alitrip.travel.trade.memo.update',
  responseRoot: 'alitrip_travel_trade_memo_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 修改一笔交易备注 — calls TOP method `taobao.alitrip.travel.trade.memo.update`.
 *
 * 更新一笔交易备注
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripTravelTradeMemoUpdate(
  client: TopClient,
  request: TaobaoAlitripTravelTradeMemoUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoAlitripTravelTradeMemoUpdateResponse> {
  return client.call<TaobaoAlitripTravelTradeMemoUpdateResponse>(
    {
      method: 'taobao.alitrip.travel.trade.memo.update',
      responseRoot: 'alitrip_travel_trade_memo_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
