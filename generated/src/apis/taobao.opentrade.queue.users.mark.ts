// Generated from specs/opentrade/taobao.opentrade.queue.users.mark.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.queue.users.mark` (尖货交易可购买用户标记). */
export interface TaobaoOpentradeQueueUsersMarkRequest {
  /** 用户状态，可任意传入，后续查询返回 */
  status: string;
  /** 排队活动ID，排队时如传入，这里需要填写；若未传，这里也可以不传 */
  activity_id?: string;
  /** 排队商品SKU ID，不存在传0 */
  sku_id: Int64Input;
  /** 排队商品ID */
  item_id: Int64Input;
  /**
   * 本次待标记的用户列表，多个以逗号(,)分割，最大20个
   *
   * Max list size: 20
   */
  open_user_ids: string[];
  /** 是否目标用户，传入true后，用户可购买商品 */
  hit: boolean;
}

/** Response of `taobao.opentrade.queue.users.mark`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeQueueUsersMarkResponse {
  /** 标记成功的用户数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  status: 'String',
  activity_id: 'String',
  sku_id: 'Number',
  item_id: 'Number',
  open_user_ids: ['String'],
  hit: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.queue.users.mark`: method, response root, request and response schemas. */
export const taobaoOpentradeQueueUsersMarkOperation = {
  method: 'taobao.opentrade.queue.users.mark',
  responseRoot: 'opentrade_queue_users_mark_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 尖货交易可购买用户标记 — calls TOP method `taobao.opentrade.queue.users.mark`.
 *
 * 尖货交易用户标记信息回传，根据openId标记用户可购买商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeQueueUsersMark(
  client: TopClient,
  request: TaobaoOpentradeQueueUsersMarkRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeQueueUsersMarkResponse> {
  return client.call<TaobaoOpentradeQueueUsersMarkResponse>(
    {
      method: 'taobao.opentrade.queue.users.mark',
      responseRoot: 'opentrade_queue_users_mark_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
