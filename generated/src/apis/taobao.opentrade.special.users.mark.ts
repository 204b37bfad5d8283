// Generated from specs/opentrade/taobao.opentrade.special.users.mark.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.special.users.mark` (专属下单可购买用户标记). */
export interface TaobaoOpentradeSpecialUsersMarkRequest {
  /** 是否目标用户，传入true后，用户可购买商品 */
  hit: boolean;
  /**
   * 本次待标记的用户列表，多个以逗号(,)分割，最大20个
   *
   * Max list size: 20
   */
  open_user_ids: string[];
  /** 商品ID */
  item_id: Int64Input;
  /** 商品SKU ID，不存在传0 */
  sku_id: Int64Input;
  /** 用户状态，可任意传入，后续查询返回 */
  status: string;
  /** 单次购买最大限购数量 */
  limit_num?: Int64Input;
}

/** Response of `taobao.opentrade.special.users.mark`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeSpecialUsersMarkResponse {
  /** 标记成功的用户数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  hit: 'Boolean',
  open_user_ids: ['String'],
  item_id: 'Number',
  sku_id: 'Number',
  status: 'String',
  limit_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.special.users.mark`: method, response root, request and response schemas. */
export const taobaoOpentradeSpecialUsersMarkOperation = {
  method: 'taobao.opentrade.special.users.mark',
  responseRoot: 'opentrade_special_users_mark_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专属下单可购买用户标记 — calls TOP method `taobao.opentrade.special.users.mark`.
 *
 * 对于专属下单的交易场景，根据openid标记用户可购买商品
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeSpecialUsersMark(
  client: TopClient,
  request: TaobaoOpentradeSpecialUsersMarkRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeSpecialUsersMarkResponse> {
  return client.call<TaobaoOpentradeSpecialUsersMarkResponse>(
    {
      method: 'taobao.opentrade.special.users.mark',
      responseRoot: 'opentrade_special_users_mark_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
