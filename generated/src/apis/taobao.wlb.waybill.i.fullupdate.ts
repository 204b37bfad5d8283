// Generated from specs/waybill/taobao.wlb.waybill.i.fullupdate.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.waybill.i.fullupdate` (面单信息更新接口v1.0). */
export interface TaobaoWlbWaybillIFullupdateRequest {
  /** 更新面单信息请求 */
  waybill_apply_full_update_request: TaobaoWlbWaybillIFullupdateWaybillApplyFullUpdateRequestInput;
}

/** Response of `taobao.wlb.waybill.i.fullupdate`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWaybillIFullupdateResponse {
  /** 更新接口出参 */
  waybill_apply_update_info?: TaobaoWlbWaybillIFullupdateWaybillApplyUpdateInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WaybillApplyFullUpdateRequest` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateWaybillApplyFullUpdateRequestInput {
  /** 收件人姓名 */
  consignee_name: string;
  /** 收件人电话 */
  consignee_phone: string;
  /** 快递服务商CODE */
  cp_code: string;
  /** 物流服务能力集合 */
  logistics_service_list?: TaobaoWlbWaybillIFullupdateLogisticsServiceInput[];
  /** 快递服务产品类型编码 */
  product_type: string;
  /** 发件人姓名 */
  send_name?: string;
  /** 发件人联系方式 */
  send_phone?: string;
  /** 交易订单号（组合表示合并订单） */
  trade_order_list: string[];
  /** 使用者ID */
  real_user_id: Int64Input;
  /** 包裹重量 单位为G(克) */
  weight?: Int64Input;
  /** 收\发货地址 */
  consignee_address: TaobaoWlbWaybillIFullupdateWaybillAddressInput;
  /** 订单渠道类型 */
  order_channels_type: string;
  /** 包裹里面的商品名称 */
  package_items: TaobaoWlbWaybillIFullupdatePackageItemInput[];
  /** 包裹体积 单位为ML(毫升)或立方厘米 */
  volume?: Int64Input;
  /** 电子面单单号 */
  waybill_code: string;
  /** ERP 订单号或包裹号 */
  package_id?: string;
}

/** `LogisticsService` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateLogisticsServiceInput {
  /** 服务编码 */
  service_code?: string;
  /** 服务类型值，json格式表示 */
  service_value4_json?: string;
}

/** `WaybillAddress` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateWaybillAddressInput {
  /** 详细地址 */
  address_detail: string;
  /** 区名称（三级地址） */
  area?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** 一级地址（省、直辖市 */
  province: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
}

/** `PackageItem` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdatePackageItemInput {
  /** 商品数量 */
  count: Int64Input;
  /** 商品名称 */
  item_name: string;
}

/** `WaybillApplyUpdateInfo` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateWaybillApplyUpdateInfo {
  /** 挑拣规则（大头笔信息） */
  short_address?: string;
  /** 收货网点编码 */
  consignee_branch_name?: string;
  /** 收货网点信息 */
  consignee_branch_code?: string;
  /** -- */
  trade_order_info?: TaobaoWlbWaybillIFullupdateTradeOrderInfo;
  /** -- */
  waybill_code?: string;
  /** 集包地、目的地中心名称 */
  package_center_name?: string;
  /** 集包地、目的地中心代码。打印时根据该 code 生成目的地中心的条码，条码生成的算法与对应的电子面单条码一致 */
  package_center_code?: string;
}

/** `TradeOrderInfo` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateTradeOrderInfo {
  /** 收货人地址 */
  consignee_address?: TaobaoWlbWaybillIFullupdateWaybillAddress;
  /** 收货人 */
  consignee_name?: string;
  /** 收货人联系方式 */
  consignee_phone?: string;
  /** 物流服务能力集合 */
  logistics_service_list?: TaobaoWlbWaybillIFullupdateLogisticsService[];
  /** 订单渠道 */
  order_channels_type?: string;
  /** 包裹中的商品类型 */
  package_items?: TaobaoWlbWaybillIFullupdatePackageItem[];
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
  /** 包裹号(或者ERP订单号) */
  package_id?: string;
}

/** `WaybillAddress` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateWaybillAddress {
  /** 详细地址 */
  address_detail?: string;
  /** 地址信息系统标准格式 */
  address_non_code_format?: string;
  /** 区名称（三级地址） */
  area?: string;
  /** 市名称（二级地址） */
  city?: string;
  /** 省名称（一级地址） */
  province?: string;
  /** 街道\镇名称（四级地址） */
  town?: string;
}

/** `LogisticsService` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdateLogisticsService {
  /** 服务编码 */
  service_code?: string;
  /** 服务类型值，json格式表示 */
  service_value4_json?: string;
}

/** `PackageItem` of `taobao.wlb.waybill.i.fullupdate`. */
export interface TaobaoWlbWaybillIFullupdatePackageItem {
  /** 商品数量 */
  count?: Int64;
  /** 商品名称 */
  item_name?: string;
}

const REQUEST_SCHEMA = {
  waybill_apply_full_update_request: {
    consignee_name: 'String',
    consignee_phone: 'String',
    cp_code: 'String',
    logistics_service_list: [
      {
        service_code: 'String',
        service_value4_json: 'String',
      },
    ],
    product_type: 'String',
    send_name: 'String',
    send_phone: 'String',
    trade_order_list: ['String'],
    real_user_id: 'Number',
    weight: 'Number',
    consignee_address: {
      address_detail: 'String',
      area: 'String',
      city: 'String',
      province: 'String',
      town: 'String',
    },
    order_channels_type: 'String',
    package_items: [
      {
        count: 'Number',
        item_name: 'String',
      },
    ],
    volume: 'Number',
    waybill_code: 'String',
    package_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  waybill_apply_update_info: {
    short_address: 'String',
    consignee_branch_name: 'String',
    consignee_branch_code: 'String',
    trade_order_info: {
      consignee_address: {
        address_detail: 'String',
        address_non_code_format: 'String',
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
    waybill_code: 'String',
    package_center_name: 'String',
    package_center_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.waybill.i.fullupdate`: method, response root, request and response schemas. */
export const taobaoWlbWaybillIFullupdateOperation = {
  method: 'taobao.wlb.waybill.i.fullupdate',
  responseRoot: 'wlb_waybill_i_fullupdate_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 面单信息更新接口v1.0 — calls TOP method `taobao.wlb.waybill.i.fullupdate`.
 *
 * 商家更新电子面单号对应的订单信息。
 *
 * a.涉及到订单信息（如拆/合单、取消订单等）、修改发货地的逻辑时候，需要使用CANCEL+GET组合操作。一般的面单信息更新使用该接口；
 *
 * b.该接口是全量修改接口，对于不做更新的字段也要把原有的字段值传进去，否则做为修改为空处理。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWaybillIFullupdate(
  client: TopClient,
  request: TaobaoWlbWaybillIFullupdateRequest,
  options?: CallOptions,
): Promise<TaobaoWlbWaybillIFullupdateResponse> {
  return client.call<TaobaoWlbWaybillIFullupdateResponse>(
    {
      method: 'taobao.wlb.waybill.i.fullupdate',
      responseRoot: 'wlb_waybill_i_fullupdate_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
