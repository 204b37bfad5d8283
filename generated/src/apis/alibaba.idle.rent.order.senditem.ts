// Generated from specs/idle/alibaba.idle.rent.order.senditem.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.rent.order.senditem` (确认发货). */
export interface AlibabaIdleRentOrderSenditemRequest {
  /** 订单id */
  order_id: Int64Input;
  /**
   * 物流信息
   *
   * Max list size: 20
   */
  logistics_list: AlibabaIdleRentOrderSenditemLogisticsDtoInput[];
}

/** Response of `alibaba.idle.rent.order.senditem`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleRentOrderSenditemResponse {
  /** 系统自动生成 */
  result?: AlibabaIdleRentOrderSenditemTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LogisticsDto` of `alibaba.idle.rent.order.senditem`. */
export interface AlibabaIdleRentOrderSenditemLogisticsDtoInput {
  /** 快递名称 */
  logistics_name: string;
  /** 发货地址信息 */
  sender_address?: AlibabaIdleRentOrderSenditemUserAddressDtoInput;
  /** 快递单号id */
  logistics_id: string;
}

/** `UserAddressDto` of `alibaba.idle.rent.order.senditem`. */
export interface AlibabaIdleRentOrderSenditemUserAddressDtoInput {
  /** 发货区域 */
  area?: string;
  /** 发货详细地址 */
  address?: string;
  /** 发货城市 */
  city?: string;
  /** 发货人姓名 */
  name?: string;
  /** 发货省份 */
  prov?: string;
  /** 发货人手机号 */
  phone_no?: string;
}

/** `TopResult` of `alibaba.idle.rent.order.senditem`. */
export interface AlibabaIdleRentOrderSenditemTopResult {
  /** data */
  data?: boolean;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_message?: string;
  /** 错误信息 */
  error_code?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
  logistics_list: [
    {
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
  ],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Boolean',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.rent.order.senditem`: method, response root, request and response schemas. */
export const alibabaIdleRentOrderSenditemOperation = {
  method: 'alibaba.idle.rent.order.senditem',
  responseRoot: 'alibaba_idle_rent_order_senditem_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 确认发货 — calls TOP method `alibaba.idle.rent.order.senditem`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleRentOrderSenditem(
  client: TopClient,
  request: AlibabaIdleRentOrderSenditemRequest,
  options?: CallOptions,
): Promise<AlibabaIdleRentOrderSenditemResponse> {
  return client.call<AlibabaIdleRentOrderSenditemResponse>(
    {
      method: 'alibaba.idle.rent.order.senditem',
      responseRoot: 'alibaba_idle_rent_order_senditem_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
