// Generated from specs/tblogistics/alibaba.ascp.logistics.instantsonline.deliveryorder.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ascp.logistics.instantsonline.deliveryorder.get` (同城配送在线下单获取配送单). */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetRequest {
  /** ERP单号 */
  out_order_id: string;
}

/** Response of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetResponse {
  /** 返回值 */
  result?: AlibabaAscpLogisticsInstantsonlineDeliveryorderGetTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResult` of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`. */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetTopResult {
  /** 执行结果 */
  success?: boolean;
  /** 数据 */
  data?: AlibabaAscpLogisticsInstantsonlineDeliveryorderGetGetDeliveryOrderTopResponse;
}

/** `GetDeliveryOrderTopResponse` of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`. */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetGetDeliveryOrderTopResponse {
  /** 业务流水号 */
  cw_order_id?: string;
  /** 物流单号 */
  waybill_code?: string;
  /** 取件码 */
  pickup_code?: string;
  /** ERP单号 */
  out_order_id?: string;
  /** 淘宝订主单号 */
  tid?: Int64;
  /** 发货联系人 */
  sender?: AlibabaAscpLogisticsInstantsonlineDeliveryorderGetSenderTopDTO;
  /** 商品清单 */
  item_list?: AlibabaAscpLogisticsInstantsonlineDeliveryorderGetItemTopDTO[];
  /** 配送员姓名 */
  delivery_name?: string;
  /** 配送员电话 */
  delivery_phone?: string;
  /** 选择的物流资源 */
  selected_resource?: AlibabaAscpLogisticsInstantsonlineDeliveryorderGetSelectedResourceTopDTO;
  /** 扩展 */
  features?: string;
  /** 业务类型，INSTANT_ONLINE：同城配送-在线下单 */
  biz_type?: string;
  /** 商品总价（原价），单位分，默认：商品单价总和 */
  total_item_value?: Int64;
  /** 商品实付总价（总价），单位分 */
  total_item_actual_value?: Int64;
  /** 总重量，单位KG */
  total_weight?: Int64;
  /** 状态，INIT(初始化),CREATED(已创建),ACCEPTED(骑手已接单),SHIPPING(配送中),SUCCESS(妥投/签收),CANCELED(已取消),ABNORMAL(配送异常),REFUSED(拒收) */
  status?: string;
}

/** `SenderTopDTO` of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`. */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetSenderTopDTO {
  /** 联系人姓名 */
  name?: string;
  /** 地址门牌号 */
  address?: string;
  /** 纬度（高德） */
  lat?: string;
  /** 经度（高德） */
  lng?: string;
}

/** `ItemTopDTO` of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`. */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetItemTopDTO {
  /** 商品名称 */
  item_name?: string;
  /** 商品单价（原价） */
  item_value?: Int64;
  /** 商品数量 */
  item_quantity?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 商品类目 */
  item_cate?: string;
}

/** `SelectedResourceTopDTO` of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`. */
export interface AlibabaAscpLogisticsInstantsonlineDeliveryorderGetSelectedResourceTopDTO {
  /** 下单凭证 */
  resource_request_id?: string;
  /** 资源CODE，用于发货 */
  resource_code?: string;
  /** 实付价格 */
  actual_fee?: Int64;
}

const REQUEST_SCHEMA = {
  out_order_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    data: {
      cw_order_id: 'String',
      waybill_code: 'String',
      pickup_code: 'String',
      out_order_id: 'String',
      tid: 'Number',
      sender: {
        name: 'String',
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
          item_cate: 'String',
        },
      ],
      delivery_name: 'String',
      delivery_phone: 'String',
      selected_resource: {
        resource_request_id: 'String',
        resource_code: 'String',
        actual_fee: 'Number',
      },
      features: 'String',
      biz_type: 'String',
      total_item_value: 'Number',
      total_item_actual_value: 'Number',
      total_weight: 'Number',
      status: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ascp.logistics.instantsonline.deliveryorder.get`: method, response root, request and response schemas. */
export const alibabaAscpLogisticsInstantsonlineDeliveryorderGetOperation = {
  method: 'alibaba.ascp.logistics.instantsonline.deliveryorder.get',
  responseRoot: 'alibaba_ascp_logistics_instantsonline_deliveryorder_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城配送在线下单获取配送单 — calls TOP method `alibaba.ascp.logistics.instantsonline.deliveryorder.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAscpLogisticsInstantsonlineDeliveryorderGet(
  client: TopClient,
  request: AlibabaAscpLogisticsInstantsonlineDeliveryorderGetRequest,
  options?: CallOptions,
): Promise<AlibabaAscpLogisticsInstantsonlineDeliveryorderGetResponse> {
  return client.call<AlibabaAscpLogisticsInstantsonlineDeliveryorderGetResponse>(
    {
      method: 'alibaba.ascp.logistics.instantsonline.deliveryorder.get',
      responseRoot: 'alibaba_ascp_logistics_instantsonline_deliveryorder_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
