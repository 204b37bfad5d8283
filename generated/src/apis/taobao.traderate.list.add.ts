// Generated from specs/traderate/taobao.traderate.list.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.traderate.list.add` (针对父子订单新增批量评价). */
export interface TaobaoTraderateListAddRequest {
  /** 交易ID */
  tid: Int64Input;
  /** 评价结果。可选值:good(好评),neutral(中评),bad(差评) */
  result: string;
  /** 评价者角色。可选值:seller(卖家),buyer(买家) */
  role: string;
  /** 评价内容,最大长度: 500个汉字 .注意：当评价结果为good时就不用输入评价内容.评价内容为neutral/bad的时候需要输入评价内容 */
  content?: string;
  /** 是否匿名，卖家评不能匿名。可选值:true(匿名),false(非匿名)。 注意：如果买家匿名购买，那么买家的评价默认匿名 */
  anony?: boolean;
}

/** Response of `taobao.traderate.list.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTraderateListAddResponse {
  /** 返回的评论的信息，仅返回tid和created字段 */
  trade_rate?: TaobaoTraderateListAddTradeRateRequest;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TradeRateRequest` of `taobao.traderate.list.add`. */
export interface TaobaoTraderateListAddTradeRateRequest {
  /** 交易ID */
  tid?: Int64;
  /** 评价创建时间,格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
}

const REQUEST_SCHEMA = {
  tid: 'Number',
  result: 'String',
  role: 'String',
  content: 'String',
  anony: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade_rate: {
    tid: 'Number',
    created: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.traderate.list.add`: method, response root, request and response schemas. */
export const taobaoTraderateListAddOperation = {
  method: 'taobao.traderate.list.add',
  responseRoot: 'traderate_list_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 针对父子订单新增批量评价 — calls TOP method `taobao.traderate.list.add`.
 *
 * 针对父子订单新增批量评价(注：在评价之前需要对订单成功的时间进行判定（end_time）,如果超过15天，不用再通过该接口进行评价)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTraderateListAdd(
  client: TopClient,
  request: TaobaoTraderateListAddRequest,
  options?: CallOptions,
): Promise<TaobaoTraderateListAddResponse> {
  return client.call<TaobaoTraderateListAddResponse>(
    {
      method: 'taobao.traderate.list.add',
      responseRoot: 'traderate_list_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
