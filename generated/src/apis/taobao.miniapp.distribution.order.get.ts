// Generated from specs/miniappopen/taobao.miniapp.distribution.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.miniapp.distribution.order.get` (小程序投放-查询小程序投放计划信息). */
export interface TaobaoMiniappDistributionOrderGetRequest {
  /** 查询入参 */
  order_id_request: TaobaoMiniappDistributionOrderGetDistributionOrderQueryByIdOpenRequestInput;
}

/** Response of `taobao.miniapp.distribution.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoMiniappDistributionOrderGetResponse {
  /** 投放计划列表的详细信息 */
  model?: TaobaoMiniappDistributionOrderGetDistributionOrderOpenBizDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DistributionOrderQueryByIdOpenRequest` of `taobao.miniapp.distribution.order.get`. */
export interface TaobaoMiniappDistributionOrderGetDistributionOrderQueryByIdOpenRequestInput {
  /** 投放计划的id列表 */
  order_id_list: Int64Input[];
}

/** `DistributionOrderOpenBizDto` of `taobao.miniapp.distribution.order.get`. */
export interface TaobaoMiniappDistributionOrderGetDistributionOrderOpenBizDto {
  /** 关联的小部件版本号 */
  widget_version?: string;
  /** 关联的小部件id */
  widget_id?: Int64;
  /** 时效类型.0: 商家自定义时效，1：订购期内有效 */
  time_type?: number;
  /** 投放的小程序url */
  url?: string;
  /** 小程序id */
  app_id?: Int64;
  /** 状态，0:未开始， 1：进行中，2/3:已结束，其他为平台状态 */
  status?: number;
  /** 结束时间，订购期有效的投放计划无该返回值 */
  end_time?: string;
  /** 开始时间，订购期有效的情况无该返回值 */
  start_time?: string;
  /** 名字 */
  name?: string;
  /** 唯一标识的id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  order_id_request: {
    order_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: [
    {
      widget_version: 'String',
      widget_id: 'Number',
      time_type: 'byte',
      url: 'String',
      app_id: 'Number',
      status: 'byte',
      end_time: 'Date',
      start_time: 'Date',
      name: 'String',
      id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.miniapp.distribution.order.get`: method, response root, request and response schemas. */
export const taobaoMiniappDistributionOrderGetOperation = {
  method: 'taobao.miniapp.distribution.order.get',
  responseRoot: 'miniapp_distribution_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 小程序投放-查询小程序投放计划信息 — calls TOP method `taobao.miniapp.distribution.order.get`.
 *
 * 服务商可通过该API，读取自己开发的小程序对应的投放计划的相关信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoMiniappDistributionOrderGet(
  client: TopClient,
  request: TaobaoMiniappDistributionOrderGetRequest,
  options?: CallOptions,
): Promise<TaobaoMiniappDistributionOrderGetResponse> {
  return client.call<TaobaoMiniappDistributionOrderGetResponse>(
    {
      method: 'taobao.miniapp.distribution.order.get',
      responseRoot: 'miniapp_distribution_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
