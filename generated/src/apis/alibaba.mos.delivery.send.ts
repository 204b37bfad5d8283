// Generated from specs/moscm/alibaba.mos.delivery.send.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.delivery.send` (发货). */
export interface AlibabaMosDeliverySendRequest {
  /** 发货信息 */
  delivery_dto: AlibabaMosDeliverySendDeliveryDtoInput;
}

/** Response of `alibaba.mos.delivery.send`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosDeliverySendResponse {
  /** 返回结果 */
  result?: AlibabaMosDeliverySendResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeliveryDto` of `alibaba.mos.delivery.send`. */
export interface AlibabaMosDeliverySendDeliveryDtoInput {
  /** 承运公司名称 */
  company_name: string;
  /** 订单号 */
  order_number: string;
  /** 承运公司编码 */
  company_code: string;
  /** 出库时间 */
  outbound_date?: DateInput;
  /** 运单号 */
  waybill_number: string;
  /** 商品明细 */
  ship_items: AlibabaMosDeliverySendShipItemDtoInput[];
  /** 备注 */
  remark?: string;
}

/** `ShipItemDto` of `alibaba.mos.delivery.send`. */
export interface AlibabaMosDeliverySendShipItemDtoInput {
  /** 数量 */
  quantity: string;
  /** 商品sku */
  sku_id: string;
  /** 唯一标识 */
  id: string;
}

/** `ResultDo` of `alibaba.mos.delivery.send`. */
export interface AlibabaMosDeliverySendResultDo {
  /** 异常信息 */
  sub_msg?: string;
  /** 编码 */
  sub_code?: string;
  /** 调用是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  delivery_dto: {
    company_name: 'String',
    order_number: 'String',
    company_code: 'String',
    outbound_date: 'Date',
    waybill_number: 'String',
    ship_items: [
      {
        quantity: 'String',
        sku_id: 'String',
        id: 'String',
      },
    ],
    remark: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    sub_msg: 'String',
    sub_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.delivery.send`: method, response root, request and response schemas. */
export const alibabaMosDeliverySendOperation = {
  method: 'alibaba.mos.delivery.send',
  responseRoot: 'alibaba_mos_delivery_send_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 发货 — calls TOP method `alibaba.mos.delivery.send`.
 *
 * 订单发货填写快递单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosDeliverySend(
  client: TopClient,
  request: AlibabaMosDeliverySendRequest,
  options?: CallOptions,
): Promise<AlibabaMosDeliverySendResponse> {
  return client.call<AlibabaMosDeliverySendResponse>(
    {
      method: 'alibaba.mos.delivery.send',
      responseRoot: 'alibaba_mos_delivery_send_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
