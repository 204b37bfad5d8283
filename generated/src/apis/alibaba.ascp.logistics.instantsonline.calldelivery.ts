// Generated from specs/tblogistics/alibaba.ascp.logistics.instantsonline.calldelivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.instantsonline.calldelivery` (同城配送在线下单正式下单呼叫运力). */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliveryRequest {
  /** ERP单号 */
  out_order_id: string;
  /** 业务类型，INSTANT_ONLINE：同城配送-在线下单 */
  biz_type: string;
  /** 淘宝订主单号 */
  tid: Int64Input;
  /** 发货联系人 */
  sender: AlibabaAscpLogisticsInstantsonlineCalldeliverySenderTopDTOInput;
  /** 收货联系人 */
  receiver?: AlibabaAscpLogisticsInstantsonlineCalldeliveryReceiverTopDTOInput;
  /**
   * 商品清单
   *
   * Max list size: 20
   */
  item_list: AlibabaAscpLogisticsInstantsonlineCalldeliveryReceiverTopDTOInput2[];
  /** 商品总价（原价），单位分，默认：商品单价总和 */
  total_item_value?: Int64Input;
  /** 商品实付总价（总价），单位分 */
  total_item_actual_value: Int64Input;
  /** 总重量，单位KG，不超过20KG */
  total_weight: Int64Input;
  /** 是否默认使用订单收货人地址，默认：true可不填写收货联系人 */
  default_trade_receiver?: boolean;
  /** 选择的物流资源 */
  selected_resource: AlibabaAscpLogisticsInstantsonlineCalldeliverySelectedResourceTopDTOInput;
  /** 指定取件码，不超过16位 */
  pickup_code?: string;
  /** 默认生成取件码 */
  default_gen_pickup_code?: boolean;
  /** 生成取件码配置 */
  gen_pickup_code_config?: AlibabaAscpLogisticsInstantsonlineCalldeliveryGenPickupCodeConfigTopDTOInput;
}

/** Response of `alibaba.ascp.logistics.instantsonline.calldelivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliveryResponse {
  /** 返回值 */
  result?: AlibabaAscpLogisticsInstantsonlineCalldeliveryTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SenderTopDTO` of `alibaba.ascp.logistics.instantsonline.calldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliverySenderTopDTOInput {
  /** 联系人姓名 */
  name: string;
  /** 联系人电话，支持手机、座机 */
  phone: string;
  /** 地址门牌号 */
  address: string;
  /** 纬度（高德） */
  lat: string;
  /** 经度（高德） */
  lng: string;
}

/** `ReceiverTopDTO` of `alibaba.ascp.logistics.instantsonline.calldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliveryReceiverTopDTOInput {
  /** 联系人姓名 */
  name: string;
  /** 联系人电话，支持手机、座机 */
  phone: string;
  /** 地址门牌号 */
  address: string;
  /** 纬度（高德） */
  lat: string;
  /** 经度（高德） */
  lng: string;
}

/** `ReceiverTopDTO` of `alibaba.ascp.logistics.instantsonline.calldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliveryReceiverTopDTOInput2 {
  /** 商品名称 */
  item_name: string;
  /** 商品单价（原价） */
  item_value: Int64Input;
  /** 商品数量 */
  item_quantity: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
}

/** `SelectedResourceTopDTO` of `alibaba.ascp.logistics.instantsonline.calldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliverySelectedResourceTopDTOInput {
  /** 下单凭证 */
  resource_request_id: string;
  /** 资源CODE，用于发货 */
  resource_code: string;
  /** 实付价格 */
  actual_fee: Int64Input;
}

/** `GenPickupCodeConfigTopDTO` of `alibaba.ascp.logistics.instantsonline.calldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliveryGenPickupCodeConfigTopDTOInput {
  /** 取件码分组，分组下唯一 */
  group?: string;
}

/** `TopResult` of `alibaba.ascp.logistics.instantsonline.calldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlineCalldeliveryTopResult {
  /** 执行结果 */
  success?: boolean;
  /** 取号流水号 */
  cw_order_id?: string;
  /** 物流单号 */
  waybill_code?: string;
  /** 资源CODE */
  resource_code?: string;
  /** 取件码 */
  pickup_code?: string;
  /** 扩展 */
  features?: string;
}

const REQUEST_SCHEMA = {
  out_order_id: 'String',
  biz_type: 'String',
  tid: 'Number',
  sender: {
    name: 'String',
    phone: 'String',
    address: 'String',
    lat: 'String',
    lng: 'String',
  },
  receiver: {
    name: 'String',
    phone: 'String',
    address: 'String',
    lat: 'String',
    lng: 'String',
  },
  item_list: [
    {
      item_name: 'String',
      item_value: 'Number',
      item_quantity: 'Number',
      item_id: 'Number',
    },
  ],
  total_item_value: 'Number',
  total_item_actual_value: 'Number',
  total_weight: 'Number',
  default_trade_receiver: 'Boolean',
  selected_resource: {
    resource_request_id: 'String',
    resource_code: 'String',
    actual_fee: 'Number',
  },
  pickup_code: 'String',
  default_gen_pickup_code: 'Boolean',
  gen_pickup_code_config: {
    group: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    cw_order_id: 'String',
    waybill_code: 'String',
    resource_code: 'String',
    pickup_code: 'String',
    features: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.instantsonline.calldelivery`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsInstantsonlineCalldeliveryOperation = {
  method: 'alibaba.ascp.logistics.instantsonline.calldelivery',
  responseRoot: 'alibaba_ascp_logistics_instantsonline_calldelivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配送在线下单正式下单呼叫运力 — calls TOP method `alibaba.ascp.logistics.instantsonline.calldelivery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsInstantsonlineCalldelivery(
  client: TopClient,
  request: AlibabaAscpLogisticsInstantsonlineCalldeliveryRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsInstantsonlineCalldeliveryResponse> {
  return client.call<AlibabaAscpLogisticsInstantsonlineCalldeliveryResponse>(
    {
      method: 'alibaba.ascp.logistics.instantsonline.calldelivery',
      responseRoot: 'alibaba_ascp_logistics_instantsonline_calldelivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
