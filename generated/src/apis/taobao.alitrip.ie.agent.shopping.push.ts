// Generated from specs/flight/taobao.alitrip.ie.agent.shopping.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.alitrip.ie.agent.shopping.push` (国际机票大卖家Shopping推送). */
export interface TaobaoAlitripIeAgentShoppingPushRequest {
  /** 政策推送结构体 */
  param0?: TaobaoAlitripIeAgentShoppingPushShoppingPushRqInput;
}

/** Response of `taobao.alitrip.ie.agent.shopping.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoAlitripIeAgentShoppingPushResponse {
  /** result */
  result?: TaobaoAlitripIeAgentShoppingPushShoppingPushRs;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ShoppingPushRq` of `taobao.alitrip.ie.agent.shopping.push`. */
export interface TaobaoAlitripIeAgentShoppingPushShoppingPushRqInput {
  /** 去程日期，格式为 YYYYMMDD ；如果为多程，20180729,20180804方式传输数据 */
  from_date: string;
  /** 渠道id */
  channel_id: Int64Input;
  /** 回程日期，格式为 YYYYMMDD（不传此参数或者留空表示单程/多程） */
  ret_date?: string;
  /** 目的地城市 、到达城市IATA 三字码代码 ；多程为空 */
  to_city?: string;
  /** 行程类型，1：单程；2：往返；5: 多程 */
  trip_type: Int64Input;
  /** 政策详情，同大卖家API搜索结果返回的json字符串格式； */
  search_rs: string;
  /** 出发地 IATA 三字码代码; 如果为多程,最多三程六段，按照 PEK/HKG,HKG/SHA 格式请求 */
  from_city: string;
  /** cid */
  cid: string;
}

/** `ShoppingPushRs` of `taobao.alitrip.ie.agent.shopping.push`. */
export interface TaobaoAlitripIeAgentShoppingPushShoppingPushRs {
  /** errRoutingMsg */
  err_routing_msg_list?: string[];
  /** errMsg */
  err_msg?: string;
  /** errCode */
  err_code?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  param0: {
    from_date: 'String',
    channel_id: 'Number',
    ret_date: 'String',
    to_city: 'String',
    trip_type: 'Number',
    search_rs: 'String',
    from_city: 'String',
    cid: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    err_routing_msg_list: ['String'],
    err_msg: 'String',
    err_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.alitrip.ie.agent.shopping.push`: method, response root, request and response schemas. */
export const taobaoAlitripIeAgentShoppingPushOperation = {
  method: 'taobao.alitrip.ie.agent.shopping.push',
  responseRoot: 'alitrip_ie_agent_shopping_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际机票大卖家Shopping推送 — calls TOP method `taobao.alitrip.ie.agent.shopping.push`.
 *
 * 用于国际机票大卖家主动推送Shopping结果更新缓存报价。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoAlitripIeAgentShoppingPush(
  client: TopClient,
  request: TaobaoAlitripIeAgentShoppingPushRequest = {},
  options?: CallOptions,
): Promise<TaobaoAlitripIeAgentShoppingPushResponse> {
  return client.call<TaobaoAlitripIeAgentShoppingPushResponse>(
    {
      method: 'taobao.alitrip.ie.agent.shopping.push',
      responseRoot: 'alitrip_ie_agent_shopping_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
