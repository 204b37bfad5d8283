// Generated from specs/lstvending/alibaba.lst.vending.order.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.order.update` (自动售货机订单物流信息回传). */
export interface AlibabaLstVendingOrderUpdateRequest {
  /** 零售通设备订单 */
  vending_order_d_t_o: AlibabaLstVendingOrderUpdateVendingOrderDtoInput;
}

/** Response of `alibaba.lst.vending.order.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingOrderUpdateResponse {
  /** 请求是否成功 */
  succ?: boolean;
  /** 错误码 */
  error_no?: string;
  /** 错误信息 */
  error_message?: string;
  /** 是否执行了更新操作 */
  module?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VendingOrderDto` of `alibaba.lst.vending.order.update`. */
export interface AlibabaLstVendingOrderUpdateVendingOrderDtoInput {
  /** 修改时间 */
  gmt_modified?: Int64Input;
  /** 快递单号 */
  tracking_no: string;
  /** 快递联系人 */
  shipping_contact: string;
  /** 供应商订单号 */
  isv_order_no: string;
  /** 零售通订单号 */
  id: Int64Input;
  /** 发货清单 */
  shipped_equipment_list: AlibabaLstVendingOrderUpdateVendingShippedEquipmentDtoInput[];
  /** 创建时间 */
  gmt_create?: Int64Input;
  /** 发货时间 */
  delivery_time: Int64Input;
  /** 快递联系电话 */
  shipping_contact_tel: string;
}

/** `VendingShippedEquipmentDto` of `alibaba.lst.vending.order.update`. */
export interface AlibabaLstVendingOrderUpdateVendingShippedEquipmentDtoInput {
  /** 设备型号清单ID */
  order_item_id: Int64Input;
  /** 供应商设备唯一编码 */
  equipment_code: string;
}

const REQUEST_SCHEMA = {
  vending_order_d_t_o: {
    gmt_modified: 'Number',
    tracking_no: 'String',
    shipping_contact: 'String',
    isv_order_no: 'String',
    id: 'Number',
    shipped_equipment_list: [
      {
        order_item_id: 'Number',
        equipment_code: 'String',
      },
    ],
    gmt_create: 'Number',
    delivery_time: 'Number',
    shipping_contact_tel: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  succ: 'Boolean',
  error_no: 'String',
  error_message: 'String',
  module: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.vending.order.update`: method, response root, request and response schemas. */
export const alibabaLstVendingOrderUpdateOperation = {
  method: 'alibaba.lst.vending.order.update',
  responseRoot: 'alibaba_lst_vending_order_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动售货机订单物流信息回传 — calls TOP method `alibaba.lst.vending.order.update`.
 *
 * 零售通与设备供应商进行订单对接，通过此接口回流订单物流信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingOrderUpdate(
  client: TopClient,
  request: AlibabaLstVendingOrderUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaLstVendingOrderUpdateResponse> {
  return client.call<AlibabaLstVendingOrderUpdateResponse>(
    {
      method: 'alibaba.lst.vending.order.update',
      responseRoot: 'alibaba_lst_vending_order_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
