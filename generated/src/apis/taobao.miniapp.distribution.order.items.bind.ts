// Generated from specs/miniappopen/taobao.miniapp.distribution.order.items.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.order.items.bind` (小程序投放-基于投放计划绑定/解绑商品). */
export interface TaobaoMiniappDistributionOrderItemsBindRequest {
  /**
   * 商品id列表
   *
   * Max list size: 200
   */
  target_entity_list: string[];
  /** 投放计划标识id */
  distribute_id: Int64Input;
  /** true表示新增绑定，false表示解绑 */
  add_bind: boolean;
}

/** Response of `taobao.miniapp.distribution.order.items.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionOrderItemsBindResponse {
  /** 绑定的结果 */
  model?: TaobaoMiniappDistributionOrderItemsBindDistributionOrderBindTargetEntityOpenResultDTO;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionOrderBindTargetEntityOpenResultDTO` of `taobao.miniapp.distribution.order.items.bind`. */
export interface TaobaoMiniappDistributionOrderItemsBindDistributionOrderBindTargetEntityOpenResultDTO {
  /** 绑定的目标url */
  url?: string;
  /** 绑定投放的场景 */
  scene_name?: string;
  /** 商品列表的绑定结果 */
  bind_result_list?: TaobaoMiniappDistributionOrderItemsBindDistributionOrderBindBaseDto[];
  /** 绑定的投放计划id */
  distribute_id?: Int64;
}

/** `DistributionOrderBindBaseDto` of `taobao.miniapp.distribution.order.items.bind`. */
export interface TaobaoMiniappDistributionOrderItemsBindDistributionOrderBindBaseDto {
  /** 商品id */
  target_entity_id?: string;
  /** 失败的原因 */
  fail_msg?: string;
  /** 绑定是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  target_entity_list: ['String'],
  distribute_id: 'Number',
  add_bind: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    url: 'String',
    scene_name: 'String',
    bind_result_list: [
      {
        target_entity_id: 'String',
        fail_msg: 'String',
        success: 'Boolean',
      },
    ],
    distribute_id: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.order.items.bind`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionOrderItemsBindOperation = {
  method: 'taobao.miniapp.distribution.order.items.bind',
  responseRoot: 'miniapp_distribution_order_items_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序投放-基于投放计划绑定/解绑商品 — calls TOP method `taobao.miniapp.distribution.order.items.bind`.
 *
 * 提供给使用了投放插件的服务商，可以调用该API实现帮助商家更新已创建的投放单中的绑定商品信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionOrderItemsBind(
  client: TopClient,
  request: TaobaoMiniappDistributionOrderItemsBindRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionOrderItemsBindResponse> {
  return client.call<TaobaoMiniappDistributionOrderItemsBindResponse>(
    {
      method: 'taobao.miniapp.distribution.order.items.bind',
      responseRoot: 'miniapp_distribution_order_items_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
