// Generated from specs/idle/alibaba.idle.rent.order.logistics.deliver.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.order.logistics.deliver` (创建揽收物流). */
export interface AlibabaIdleRentOrderLogisticsDeliverRequest {
  /** 订单id */
  order_id: Int64Input;
  /** 物流信息 */
  logistics: AlibabaIdleRentOrderLogisticsDeliverLogisticsDtoInput;
}

/** Response of `alibaba.idle.rent.order.logistics.deliver`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentOrderLogisticsDeliverResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentOrderLogisticsDeliverTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsDto` of `alibaba.idle.rent.order.logistics.deliver`. */
export interface AlibabaIdleRentOrderLogisticsDeliverLogisticsDtoInput {
  /** 快递/物流名称 */
  logistics_name?: string;
  /** 发货人地址信息 */
  sender_address: AlibabaIdleRentOrderLogisticsDeliverUserAddressDtoInput;
  /** 物流id */
  logistics_id?: string;
}

/** `UserAddressDto` of `alibaba.idle.rent.order.logistics.deliver`. */
export interface AlibabaIdleRentOrderLogisticsDeliverUserAddressDtoInput {
  /** 区 */
  area?: string;
  /** 详细地址 */
  address: string;
  /** 市 */
  city: string;
  /** 发货人名称 */
  name: string;
  /** 省 */
  prov: string;
  /** 手机号 */
  phone_no: string;
}

/** `TopResult` of `alibaba.idle.rent.order.logistics.deliver`. */
export interface AlibabaIdleRentOrderLogisticsDeliverTopResult {
  /** data */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  logistics: {
    logistics_name: 'String',
    sender_address: {
      area: 'String',
      address: 'String',
      city: 'String',
      name: 'String',
      prov: 'String',
      phone_no: 'String',
    },
    logistics_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.order.logistics.deliver`: method, response root, request and response schemas. */
export const alibabaIdleRentOrderLogisticsDeliverOperation = {
  method: 'alibaba.idle.rent.order.logistics.deliver',
  responseRoot: 'alibaba_idle_rent_order_logistics_deliver_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建揽收物流 — calls TOP method `alibaba.idle.rent.order.logistics.deliver`.
 *
 * 创建揽收物流
 * 商家去物流公司创建物流订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentOrderLogisticsDeliver(
  client: TopClient,
  request: AlibabaIdleRentOrderLogisticsDeliverRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentOrderLogisticsDeliverResponse> {
  return client.call<AlibabaIdleRentOrderLogisticsDeliverResponse>(
    {
      method: 'alibaba.idle.rent.order.logistics.deliver',
      responseRoot: 'alibaba_idle_rent_order_logistics_deliver_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
