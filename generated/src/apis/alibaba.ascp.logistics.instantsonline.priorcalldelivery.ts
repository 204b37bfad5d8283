// Generated from specs/tblogistics/alibaba.ascp.logistics.instantsonline.priorcalldelivery.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.instantsonline.priorcalldelivery` (同城配送在线下单预询价). */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryRequest {
  /** ERP单号 */
  out_order_id: string;
  /** 业务类型，INSTANT_ONLINE：同城配送-在线下单 */
  biz_type: string;
  /** 淘宝订主单号 */
  tid: Int64Input;
  /** 发货联系人 */
  sender: AlibabaAscpLogisticsInstantsonlinePriorcalldeliverySenderTopDTOInput;
  /** 收货联系人 */
  receiver?: AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryReceiverTopDTOInput;
  /**
   * 商品清单
   *
   * Max list size: 20
   */
  item_list: AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryItemTopDTOInput[];
  /** 商品总价（原价），单位分，默认：商品单价总和 */
  total_item_value?: Int64Input;
  /** 商品实付总价（总价），单位分 */
  total_item_actual_value: Int64Input;
  /** 总重量，单位KG，不超过20KG */
  total_weight: Int64Input;
  /** 是否默认使用订单收货人地址，默认：true可不填写收货联系人 */
  default_trade_receiver?: boolean;
}

/** Response of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryResponse {
  /** 返回值 */
  result?: AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SenderTopDTO` of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliverySenderTopDTOInput {
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

/** `ReceiverTopDTO` of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryReceiverTopDTOInput {
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

/** `ItemTopDTO` of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryItemTopDTOInput {
  /** 商品名称 */
  item_name: string;
  /** 商品单价（原价） */
  item_value: Int64Input;
  /** 商品数量 */
  item_quantity: Int64Input;
  /** 商品ID */
  item_id: Int64Input;
}

/** `TopResult` of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryTopResult {
  /** 执行结果 */
  success?: boolean;
  /** 数据 */
  data?: AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryPriorCallDeliveryTopResponse;
}

/** `PriorCallDeliveryTopResponse` of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryPriorCallDeliveryTopResponse {
  /** 资源列表 */
  resource_list?: AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryResourceDTO[];
}

/** `ResourceDTO` of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`. */
export interface AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryResourceDTO {
  /** 下单凭证 */
  resource_request_id?: string;
  /** 资源CODE，用于发货 */
  resource_code?: string;
  /** 资源名称 */
  resource_name?: string;
  /** 原价 */
  origina_fee?: Int64;
  /** 实付价格 */
  actual_fee?: Int64;
  /** 费用明细 */
  fee_detail?: string;
  /** 是否有效 */
  valid?: boolean;
  /** 失效原因 */
  invalid_reason?: string;
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
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      resource_list: [
        {
          resource_request_id: 'String',
          resource_code: 'String',
          resource_name: 'String',
          origina_fee: 'Number',
          actual_fee: 'Number',
          fee_detail: 'String',
          valid: 'Boolean',
          invalid_reason: 'String',
          features: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.instantsonline.priorcalldelivery`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsInstantsonlinePriorcalldeliveryOperation = {
  method: 'alibaba.ascp.logistics.instantsonline.priorcalldelivery',
  responseRoot: 'alibaba_ascp_logistics_instantsonline_priorcalldelivery_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配送在线下单预询价 — calls TOP method `alibaba.ascp.logistics.instantsonline.priorcalldelivery`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsInstantsonlinePriorcalldelivery(
  client: TopClient,
  request: AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryResponse> {
  return client.call<AlibabaAscpLogisticsInstantsonlinePriorcalldeliveryResponse>(
    {
      method: 'alibaba.ascp.logistics.instantsonline.priorcalldelivery',
      responseRoot: 'alibaba_ascp_logistics_instantsonline_priorcalldelivery_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
