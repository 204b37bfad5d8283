// Generated from specs/omniorder/alibaba.retail.commission.status.change.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.commission.status.change` (分佣状态变更). */
export interface AlibabaRetailCommissionStatusChangeRequest {
  /** 请求参数 */
  param0?: AlibabaRetailCommissionStatusChangeUniverseOrderVoInput;
}

/** Response of `alibaba.retail.commission.status.change`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailCommissionStatusChangeResponse {
  /** 返回描述信息 */
  message?: string;
  /** 返回的数据实体 */
  data?: boolean;
  /** 返回的执行状态吗 */
  s_code?: string;
  /** 是否执行成功 */
  s_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UniverseOrderVo` of `alibaba.retail.commission.status.change`. */
export interface AlibabaRetailCommissionStatusChangeUniverseOrderVoInput {
  /** 订单支付时间 */
  order_pay_time?: string;
  /** 描述订单的唯一值，如订单id、加密后的订单id等，用于订单幂等去重 */
  outer_order_id?: string;
  /** 订单状态 0：支付（默认） 1：发货 2：确认收货 */
  order_status: Int64Input;
  /** 订单发货时间 */
  order_goods_time?: string;
  /** 订单确认收货时间 */
  order_end_time?: string;
  /** 子订单id */
  biz_order_id?: string;
  /** 订单id */
  order_id: string;
}

const REQUEST_SCHEMA = {
  param0: {
    order_pay_time: 'String',
    outer_order_id: 'String',
    order_status: 'Number',
    order_goods_time: 'String',
    order_end_time: 'String',
    biz_order_id: 'String',
    order_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  data: 'Boolean',
  s_code: 'String',
  s_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.commission.status.change`: method, response root, request and response schemas. */
export const alibabaRetailCommissionStatusChangeOperation = {
  method: 'alibaba.retail.commission.status.change',
  responseRoot: 'alibaba_retail_commission_status_change_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分佣状态变更 — calls TOP method `alibaba.retail.commission.status.change`.
 *
 * 分佣系统，分佣状态变更接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailCommissionStatusChange(
  client: TopClient,
  request: AlibabaRetailCommissionStatusChangeRequest = {},
  options?: CallOptions,
): Promise<AlibabaRetailCommissionStatusChangeResponse> {
  return client.call<AlibabaRetailCommissionStatusChangeResponse>(
    {
      method: 'alibaba.retail.commission.status.change',
      responseRoot: 'alibaba_retail_commission_status_change_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
