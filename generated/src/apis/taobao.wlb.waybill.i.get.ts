// Generated from specs/waybill/taobao.wlb.waybill.i.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.waybill.i.get` (获取物流服务商电子面单号v1.0). */
export interface TaobaoWlbWaybillIGetRequest {
  /** 面单申请 */
  waybill_apply_new_request: TaobaoWlbWaybillIGetWaybillApplyNewRequestInput;
}

/** Response of `taobao.wlb.waybill.i.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWaybillIGetResponse {
  /** 面单申请接口返回信息 */
  waybill_apply_new_cols?: TaobaoWlbWaybillIGetWaybillApplyNewInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillApplyNewRequest` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetWaybillApplyNewRequestInput {
  /** 物流服务商编码 */
  cp_code: string;
  /** 收\发货地址 */
  shipping_address: TaobaoWlbWaybillIGetWaybillAddressInput;
  /** 订单数据 */
  trade_order_info_cols: TaobaoWlbWaybillIGetTradeOrderInfoInput[];
}

/** `WaybillAddress` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetWaybillAddressInput {
  /** 详细地址 */
  address_detail: string;
  /** 区名称（三级地址） */
  area?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** 省名称（一级地址） */
  province: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
}

/** `TradeOrderInfo` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetTradeOrderInfoInput {
  /** 收\发货地址 */
  consignee_address: TaobaoWlbWaybillIGetWaybillAddressInput;
  /** 收货人 */
  consignee_name: string;
  /** 收货人联系方式 */
  consignee_phone: string;
  /** 物流服务能力集合 */
  logistics_service_list?: TaobaoWlbWaybillIGetLogisticsServiceInput[];
  /** 订单渠道 */
  order_channels_type: string;
  /** 包裹里面的商品名称 */
  package_items: TaobaoWlbWaybillIGetPackageItemInput[];
  /** 快递服务产品类型编码 */
  product_type: string;
  /** 发货人姓名 */
  send_name?: string;
  /** 发货人联系方式 */
  send_phone?: string;
  /** 交易订单列表 */
  trade_order_list: string[];
  /** 使用者ID */
  real_user_id: Int64Input;
  /** 包裹体积（立方厘米） */
  volume?: Int64Input;
  /** 包裹重量（克） */
  weight?: Int64Input;
  /** 包裹号(或者ERP订单号) */
  package_id?: string;
}

/** `LogisticsService` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetLogisticsServiceInput {
  /** 服务编码 */
  service_code?: string;
  /** 服务类型值，json格式表示 */
  service_value4_json?: string;
}

/** `PackageItem` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetPackageItemInput {
  /** 商品数量 */
  count: Int64Input;
  /** 商品名称 */
  item_name: string;
}

/** `WaybillApplyNewInfo` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetWaybillApplyNewInfo {
  /** 包裹对应的派件（收件）物流服务商网点（分支机构）代码 */
  consignee_branch_code?: string;
  /** 包裹对应的派件（收件）物流服务商网点（分支机构）名称 */
  consignee_branch_name?: string;
  /** 集包地代码 */
  package_center_code?: string;
  /** 集包地名称 */
  package_center_name?: string;
  /** 打印配置项，传给ali-print组件 */
  print_config?: string;
  /** 面单号对应的物流服务商网点（分支机构）代码 */
  shipping_branch_code?: string;
  /** 面单号对于的物流服务商网点（分支机构）名称 */
  shipping_branch_name?: string;
  /** 根据收货地址返回大头笔信息 */
  short_address?: string;
  /** 面单对应的订单列 */
  trade_order_info?: TaobaoWlbWaybillIGetTradeOrderInfo;
  /** 返回的面单号 */
  waybill_code?: string;
}

/** `TradeOrderInfo` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetTradeOrderInfo {
  /** 收货人地址 */
  consignee_address?: TaobaoWlbWaybillIGetWaybillAddress;
  /** 收货人 */
  consignee_name?: string;
  /** 收货人联系方式 */
  consignee_phone?: string;
  /** 物流服务能力集合 */
  logistics_service_list?: TaobaoWlbWaybillIGetLogisticsService[];
  /** 订单渠道 */
  order_channels_type?: string;
  /** 包裹号(或者ERP订单号) */
  package_id?: string;
  /** 包裹中的商品类型 */
  package_items?: TaobaoWlbWaybillIGetPackageItem[];
  /** 快递服务产品类型编码 */
  product_type?: string;
  /** 发货人姓名 */
  send_name?: string;
  /** 发货人联系方式 */
  send_phone?: string;
  /** 交易订单列表 */
  trade_order_list?: string[];
  /** 使用者ID */
  real_user_id?: Int64;
  /** 包裹体积（立方厘米） */
  volume?: Int64;
  /** 包裹重量（克） */
  weight?: Int64;
}

/** `WaybillAddress` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetWaybillAddress {
  /** 详细地址 */
  address_detail?: string;
  /** 区名称（三级地址） */
  area?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** 省名称（一级地址） */
  province?: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
}

/** `LogisticsService` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetLogisticsService {
  /** 服务编码 */
  service_code?: string;
  /** 服务类型值，json格式表示 */
  service_value4_json?: string;
}

/** `PackageItem` of `taobao.wlb.waybill.i.get`. */
export interface TaobaoWlbWaybillIGetPackageItem {
  /** 商品数量 */
  count?: Int64;
  /** 商品名称 */
  item_name?: string;
}

const REQUEST_SCHEMA = {
  waybill_apply_new_request: {
    cp_code: 'String',
    shipping_address: {
      address_detail: 'String',
      area: 'String',
      city: 'String',
      province: 'String',
      town: 'String',
    },
    trade_order_info_cols: [
      {
        consignee_address: {
          address_detail: 'String',
          area: 'String',
          city: 'String',
          province: 'String',
          town: 'String',
        },
        consignee_name: 'String',
        consignee_phone: 'String',
        logistics_service_list: [
          {
            service_code: 'String',
            service_value4_json: 'String',
          },
        ],
        order_channels_type: 'String',
        package_items: [
          {
            count: 'Number',
            item_name: 'String',
          },
        ],
        product_type: 'String',
        send_name: 'String',
        send_phone: 'String',
        trade_order_list: ['String'],
        real_user_id: 'Number',
        volume: 'Number',
        weight: 'Number',
        package_id: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  waybill_apply_new_cols: [
    {
      consignee_branch_code: 'String',
      consignee_branch_name: 'String',
      package_center_code: 'String',
      package_center_name: 'String',
      print_config: 'String',
      shipping_branch_code: 'String',
      shipping_branch_name: 'String',
      short_address: 'String',
      trade_order_info: {
        consignee_address: {
          address_detail: 'String',
          area: 'String',
          city: 'String',
          province: 'String',
          town: 'String',
        },
        consignee_name: 'String',
        consignee_phone: 'String',
        logistics_service_list: [
          {
            service_code: 'String',
            service_value4_json: 'String',
          },
        ],
        order_channels_type: 'String',
        package_id: 'String',
        package_items: [
          {
            count: 'Number',
            item_name: 'String',
          },
        ],
        product_type: 'String',
        send_name: 'String',
        send_phone: 'String',
        trade_order_list: ['String'],
        real_user_id: 'Number',
        volume: 'Number',
        weight: 'Number',
      },
      waybill_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.waybill.i.get`: method, response root, request and response schemas. */
export const taobaoWlbWaybillIGetOperation = {
  method: 'taobao.wlb.waybill.i.get',
  responseRoot: 'wlb_waybill_i_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取物流服务商电子面单号v1.0 — calls TOP method `taobao.wlb.waybill.i.get`.
 *
 * 商家根据订单信息，实时、批量获取指定物流服务商的电子面单号。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWaybillIGet(
  client: TopClient,
  request: TaobaoWlbWaybillIGetRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWaybillIGetResponse> {
  return client.call<TaobaoWlbWaybillIGetResponse>(
    {
      method: 'taobao.wlb.waybill.i.get',
      responseRoot: 'wlb_waybill_i_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
