// Generated from specs/miniappopen/taobao.miniapp.interact.benefit.item.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.interact.benefit.item.get` (读取实物权益奖池对应绑定的专属下单商品). */
export interface TaobaoMiniappInteractBenefitItemGetRequest {
  /** 查询条件 */
  mini_app_seller_strategy_benefit_item_bind_request: TaobaoMiniappInteractBenefitItemGetSellerStrategyBenefitItemBindOpenRequestInput;
}

/** Response of `taobao.miniapp.interact.benefit.item.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappInteractBenefitItemGetResponse {
  /** 是否成功 */
  invoke_success?: boolean;
  /** 失败时，对应的错误码 */
  invoke_err_code?: string;
  /** 对应绑定的商品id */
  model?: Int64;
  /** 失败时，对应的错误信息 */
  invoke_err_message?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SellerStrategyBenefitItemBindOpenRequest` of `taobao.miniapp.interact.benefit.item.get`. */
export interface TaobaoMiniappInteractBenefitItemGetSellerStrategyBenefitItemBindOpenRequestInput {
  /** C小程序id */
  app_id: Int64Input;
  /** 策略中，实物权益对应的奖池id */
  pool_id: Int64Input;
}

const REQUEST_SCHEMA = {
  mini_app_seller_strategy_benefit_item_bind_request: {
    app_id: 'Number',
    pool_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  invoke_success: 'Boolean',
  invoke_err_code: 'String',
  model: 'Number',
  invoke_err_message: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.interact.benefit.item.get`: method, response root, request and response schemas. */
export const taobaoMiniappInteractBenefitItemGetOperation = {
  method: 'taobao.miniapp.interact.benefit.item.get',
  responseRoot: 'miniapp_interact_benefit_item_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 读取实物权益奖池对应绑定的专属下单商品 — calls TOP method `taobao.miniapp.interact.benefit.item.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappInteractBenefitItemGet(
  client: TopClient,
  request: TaobaoMiniappInteractBenefitItemGetRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappInteractBenefitItemGetResponse> {
  return client.call<TaobaoMiniappInteractBenefitItemGetResponse>(
    {
      method: 'taobao.miniapp.interact.benefit.item.get',
      responseRoot: 'miniapp_interact_benefit_item_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
