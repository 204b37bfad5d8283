// Generated from specs/miniappopen/taobao.miniapp.distribution.order.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.order.create` (创建小程序投放计划). */
export interface TaobaoMiniappDistributionOrderCreateRequest {
  /** 投放计划信息 */
  order_request: TaobaoMiniappDistributionOrderCreateDistributionOrderSaveOpenRequestInput;
}

/** Response of `taobao.miniapp.distribution.order.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionOrderCreateResponse {
  /** 调用是否成功 */
  order_success?: boolean;
  /** 错误码 */
  order_error_code?: Int64;
  /** 错误信息 */
  order_error_info?: string;
  /** 创建成功的投放计划id */
  model?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionOrderSaveOpenRequest` of `taobao.miniapp.distribution.order.create`. */
export interface TaobaoMiniappDistributionOrderCreateDistributionOrderSaveOpenRequestInput {
  /** 投放的小程序链接 */
  url: string;
  /** 时效类型 0:自定义时效； 1：订购期有效；为0时，开始时间和结束时间必传 */
  time_type: string;
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
}

const REQUEST_SCHEMA = {
  order_request: {
    url: 'String',
    time_type: 'String',
    app_id: 'Number',
    card_id: 'Number',
    name: 'String',
    scene_id: 'Number',
    start_time: 'Number',
    end_time: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  order_success: 'Boolean',
  order_error_code: 'Number',
  order_error_info: 'String',
  model: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.order.create`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionOrderCreateOperation = {
  method: 'taobao.miniapp.distribution.order.create',
  responseRoot: 'miniapp_distribution_order_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建小程序投放计划 — calls TOP method `taobao.miniapp.distribution.order.create`.
 *
 * 帮助商家，创建小程序的投放计划。该api，仅针对特定场景开放，目前仅支持客服场景，具体支持的场景列表请联系技术支持或业务对接人确认。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionOrderCreate(
  client: TopClient,
  request: TaobaoMiniappDistributionOrderCreateRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionOrderCreateResponse> {
  return client.call<TaobaoMiniappDistributionOrderCreateResponse>(
    {
      method: 'taobao.miniapp.distribution.order.create',
      responseRoot: 'miniapp_distribution_order_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
