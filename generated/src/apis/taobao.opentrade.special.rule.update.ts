// Generated from specs/opentrade/taobao.opentrade.special.rule.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.opentrade.special.rule.update` (专属下单更新限购规则). */
export interface TaobaoOpentradeSpecialRuleUpdateRequest {
  /**
   * 商品id列表
   *
   * Max list size: 999
   */
  item_ids: Int64Input[];
  /** 最大限购数量 */
  limit_num: Int64Input;
}

/** Response of `taobao.opentrade.special.rule.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpentradeSpecialRuleUpdateResponse {
  /** 更新失败的商品列表 */
  result?: TaobaoOpentradeSpecialRuleUpdateItemResultDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ItemResultDto` of `taobao.opentrade.special.rule.update`. */
export interface TaobaoOpentradeSpecialRuleUpdateItemResultDto {
  /** 失败商品id */
  item_id?: Int64;
  /** 失败原因 */
  err_msg?: string;
}

const REQUEST_SCHEMA = {
  item_ids: ['Number'],
  limit_num: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      item_id: 'Number',
      err_msg: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.opentrade.special.rule.update`: method, response root, request and response schemas. */
export const taobaoOpentradeSpecialRuleUpdateOperation = {
  method: 'taobao.opentrade.special.rule.update',
  responseRoot: 'opentrade_special_rule_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专属下单更新限购规则 — calls TOP method `taobao.opentrade.special.rule.update`.
 *
 * 对于专属下单的交易场景更新限购规则
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpentradeSpecialRuleUpdate(
  client: TopClient,
  request: TaobaoOpentradeSpecialRuleUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoOpentradeSpecialRuleUpdateResponse> {
  return client.call<TaobaoOpentradeSpecialRuleUpdateResponse>(
    {
      method: 'taobao.opentrade.special.rule.update',
      responseRoot: 'opentrade_special_rule_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
