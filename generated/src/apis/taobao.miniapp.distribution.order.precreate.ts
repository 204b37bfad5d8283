// Generated from specs/miniappopen/taobao.miniapp.distribution.order.precreate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.order.precreate` (代商家预创建投放计划). */
export interface TaobaoMiniappDistributionOrderPrecreateRequest {
  /** 投放计划信息 */
  order_request: TaobaoMiniappDistributionOrderPrecreateDistributionOrderSaveOpenRequestInput;
}

/** Response of `taobao.miniapp.distribution.order.precreate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionOrderPrecreateResponse {
  /** 调用是否成功 */
  order_success?: boolean;
  /** 错误码 */
  order_error_code?: Int64;
  /** 错误信息 */
  order_error_info?: string;
  /** 预创建成功的投放计划id */
  model?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionOrderSaveOpenRequest` of `taobao.miniapp.distribution.order.precreate`. */
export interface TaobaoMiniappDistributionOrderPrecreateDistributionOrderSaveOpenRequestInput {
  /** 时效类型 0:自定义时效； 1：订购期有效；为0时，开始时间和结束时间必传 */
  time_type: string;
  /** 投放的小程序链接 */
  url: string;
  /** 投放的小程序id */
  app_id: Int64Input;
  /** 要投放的卡片id */
  card_id: Int64Input;
  /** 投放计划名字 */
  name: string;
  /** 要投放的场景id */
  scene_id: Int64Input;
  /** 投放计划开始时间 */
  start_time?: Int64Input;
  /** 投放计划结束时间 */
  end_time?: Int64Input;
  /** 卡片对应的动态表单字段信息 */
  card_data?: string;
}

const REQUEST_SCHEMA = {
  order_request: {
    time_type: 'String',
    url: 'String',
    app_id: 'Number',
    card_id: 'Number',
    name: 'String',
    scene_id: 'Number',
    start_time: 'Number',
    end_time: 'Number',
    card_data: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_success: 'Boolean',
  order_error_code: 'Number',
  order_error_info: 'String',
  model: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.order.precreate`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionOrderPrecreateOperation = {
  method: 'taobao.miniapp.distribution.order.precreate',
  responseRoot: 'miniapp_distribution_order_precreate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 代商家预创建投放计划 — calls TOP method `taobao.miniapp.distribution.order.precreate`.
 *
 * 帮助商家，预创建小程序的投放计划，预创建的投放计划，在商家确认以后，则会生效可用。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionOrderPrecreate(
  client: TopClient,
  request: TaobaoMiniappDistributionOrderPrecreateRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionOrderPrecreateResponse> {
  return client.call<TaobaoMiniappDistributionOrderPrecreateResponse>(
    {
      method: 'taobao.miniapp.distribution.order.precreate',
      responseRoot: 'miniapp_distribution_order_precreate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
