// Generated from specs/miniappopen/taobao.miniapp.distribution.items.bind.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.items.bind` (【已废弃】小程序投放-商品绑定/解绑). */
export interface TaobaoMiniappDistributionItemsBindRequest {
  /**
   * 商品id列表
   *
   * Max list size: 200
   */
  target_entity_list: string[];
  /** 投放的商家应用完整链接 */
  url: string;
  /** true表示新增绑定，false表示解绑 */
  add_bind: boolean;
}

/** Response of `taobao.miniapp.distribution.items.bind`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionItemsBindResponse {
  /** 绑定的结果列表 */
  model_list?: TaobaoMiniappDistributionItemsBindDistributionOrderBindTargetEntityOpenResultDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionOrderBindTargetEntityOpenResultDto` of `taobao.miniapp.distribution.items.bind`. */
export interface TaobaoMiniappDistributionItemsBindDistributionOrderBindTargetEntityOpenResultDto {
  /** 绑定的目标url */
  url?: string;
  /** 绑定投放的场景 */
  scene_name?: string;
  /** 商品列表的绑定结果 */
  bind_result_list?: TaobaoMiniappDistributionItemsBindDistributionOrderBindBaseDto[];
}

/** `DistributionOrderBindBaseDto` of `taobao.miniapp.distribution.items.bind`. */
export interface TaobaoMiniappDistributionItemsBindDistributionOrderBindBaseDto {
  /** 商品id */
  target_entity_id?: string;
  /** 失败的原因 */
  fail_msg?: string;
  /** 绑定是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  target_entity_list: ['String'],
  url: 'String',
  add_bind: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model_list: [
    {
      url: 'String',
      scene_name: 'String',
      bind_result_list: [
        {
          target_entity_id: 'String',
          fail_msg: 'String',
          success: 'Boolean',
        },
      ],
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.items.bind`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionItemsBindOperation = {
  method: 'taobao.miniapp.distribution.items.bind',
  responseRoot: 'miniapp_distribution_items_bind_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 【已废弃】小程序投放-商品绑定/解绑 — calls TOP method `taobao.miniapp.distribution.items.bind`.
 *
 * 【已废弃，请使用 taobao.miniapp.distribution.order.items.bind 接口】提供给使用了投放插件的服务商，可以调用该API实现帮助商家更新已创建的投放单中的绑定商品信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionItemsBind(
  client: TopClient,
  request: TaobaoMiniappDistributionItemsBindRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionItemsBindResponse> {
  return client.call<TaobaoMiniappDistributionItemsBindResponse>(
    {
      method: 'taobao.miniapp.distribution.items.bind',
      responseRoot: 'miniapp_distribution_items_bind_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
