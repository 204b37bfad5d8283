// Generated from specs/miniappopen/taobao.miniapp.distribution.order.items.all.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.order.items.all.bind` (小程序投放-基于投放计划绑定/解绑全店商品). */
export interface TaobaoMiniappDistributionOrderItemsAllBindRequest {
  /** 绑定/解绑的入参信息 */
  all_item_bind_request: TaobaoMiniappDistributionOrderItemsAllBindDistributionOrderBindTargetEntityOpenRequestV2Input;
}

/** Response of `taobao.miniapp.distribution.order.items.all.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionOrderItemsAllBindResponse {
  /** 是否绑定/解绑成功 */
  model?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionOrderBindTargetEntityOpenRequestV2` of `taobao.miniapp.distribution.order.items.all.bind`. */
export interface TaobaoMiniappDistributionOrderItemsAllBindDistributionOrderBindTargetEntityOpenRequestV2Input {
  /** 绑定/解绑的投放计划id */
  order_id: Int64Input;
  /** true:绑定； false: 解绑 */
  add_bind: boolean;
}

const REQUEST_SCHEMA = {
  all_item_bind_request: {
    order_id: 'Number',
    add_bind: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.order.items.all.bind`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionOrderItemsAllBindOperation = {
  method: 'taobao.miniapp.distribution.order.items.all.bind',
  responseRoot: 'miniapp_distribution_order_items_all_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序投放-基于投放计划绑定/解绑全店商品 — calls TOP method `taobao.miniapp.distribution.order.items.all.bind`.
 *
 * 提供给使用了投放插件的服务商，可以调用该API实现帮助商家更新已创建的投放单中的绑定商品信息。该接口对应的能力是全店投放，表示店铺里的所有商品均会透出对应的投放计划（并且对于新上架的商品，系统也会每天凌晨进行一次补充投放，始终保持全店商品都有悬浮窗入口），该能力的使用，需要联系平台运营进行人工申请，申请通过以后方可调用成功。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionOrderItemsAllBind(
  client: TopClient,
  request: TaobaoMiniappDistributionOrderItemsAllBindRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionOrderItemsAllBindResponse> {
  return client.call<TaobaoMiniappDistributionOrderItemsAllBindResponse>(
    {
      method: 'taobao.miniapp.distribution.order.items.all.bind',
      responseRoot: 'miniapp_distribution_order_items_all_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
