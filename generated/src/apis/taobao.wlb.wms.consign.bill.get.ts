// Generated from specs/wms/taobao.wlb.wms.consign.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.consign.bill.get` (获取销售订单发货信息). */
export interface TaobaoWlbWmsConsignBillGetRequest {
  /** 菜鸟订单编码,cnOrderCode与orderCode必须有一个值不可为空 */
  cn_order_code?: string;
  /** ERP订单编码,cnOrderCode与orderCode必须有一个值不可为空 */
  order_code?: string;
}

/** Response of `taobao.wlb.wms.consign.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsConsignBillGetResponse {
  /** 商品信息列表 */
  consign_send_info_list?: TaobaoWlbWmsConsignBillGetConsignsendinfolist[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Consignsendinfolist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetConsignsendinfolist {
  /** 物流订单发货信息 */
  consign_send_info?: TaobaoWlbWmsConsignBillGetConsignsendinfo;
}

/** `Consignsendinfo` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetConsignsendinfo {
  /** 发票确认信息列表 */
  invoince_confirm_list?: TaobaoWlbWmsConsignBillGetInvoinceconfirmlist[];
  /** 运单信息 */
  tms_order_list?: TaobaoWlbWmsConsignBillGetTmsorderlist[];
  /** 订单信息 */
  order_item_list?: TaobaoWlbWmsConsignBillGetOrderitemlist[];
  /** 仓库订单完成时间 */
  confirm_time?: string;
  /** 订单状态 WMS_ACCEPT 接单成功 WMS_REJECT 接单失败 WMS_CONFIRMED 仓库生产完成 */
  status?: string;
  /** 仓储编码 */
  store_code?: string;
  /** 订单类型 201 销售出库 502 换货出库 503 补发出库 */
  order_type?: Int64;
  /** 菜鸟订单编码 */
  cn_order_code?: string;
  /** ERP订单编码 */
  order_code?: string;
}

/** `Invoinceconfirmlist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetInvoinceconfirmlist {
  /** 发票确认信息 */
  invoince_confirm?: TaobaoWlbWmsConsignBillGetInvoinceconfirm;
}

/** `Invoinceconfirm` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetInvoinceconfirm {
  /** 发票代码 */
  invoice_code?: string;
  /** 发票号 */
  invoice_number?: string;
  /** Erp发票ID */
  bill_id?: string;
}

/** `Tmsorderlist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetTmsorderlist {
  /** 运单信息列表 */
  tms_order?: TaobaoWlbWmsConsignBillGetTmsorder;
}

/** `Tmsorder` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetTmsorder {
  /** 包裹里面的商品信息列表 */
  tms_item_list?: TaobaoWlbWmsConsignBillGetTmsitemlist[];
  /** 包材信息 */
  package_material_list?: TaobaoWlbWmsConsignBillGetPackagemateriallist[];
  /** 包裹高度，单位：毫米 */
  package_height?: Int64;
  /** 包裹宽度，单位：毫米 */
  package_width?: Int64;
  /** 包裹长度，单位：毫米 */
  package_length?: Int64;
  /** 包裹重量，单位：克 */
  package_weight?: Int64;
  /** 包裹号 */
  package_code?: string;
  /** 运单编码 */
  tms_order_code?: string;
  /** 快递公司服务编码 */
  tms_code?: string;
}

/** `Tmsitemlist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetTmsitemlist {
  /** 包裹里面商品 */
  tms_item?: TaobaoWlbWmsConsignBillGetTmsitem;
}

/** `Tmsitem` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetTmsitem {
  /** 此运单里该商品的数量 */
  item_qty?: Int64;
  /** 商家编码 */
  item_code?: string;
  /** ERP商品ID */
  item_id?: string;
}

/** `Packagemateriallist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetPackagemateriallist {
  /** 包裹包材信息 */
  package_material?: TaobaoWlbWmsConsignBillGetPackagematerial;
}

/** `Packagematerial` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetPackagematerial {
  /** 包材的数量 */
  material_quantity?: string;
  /** 淘宝指定的包材型号 */
  material_type?: string;
}

/** `Orderitemlist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetOrderitemlist {
  /** 订单商品信息 */
  order_item?: TaobaoWlbWmsConsignBillGetOrderitem;
}

/** `Orderitem` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetOrderitem {
  /** 商品属性列表 */
  inventory_item_list?: TaobaoWlbWmsConsignBillGetInventoryitemlist[];
  /** 商家编码 */
  item_code?: string;
  /** 商品ID */
  item_id?: string;
  /** 订单明细行编码 */
  order_item_id?: string;
  /** 交易单号 */
  order_source_code?: string;
}

/** `Inventoryitemlist` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetInventoryitemlist {
  /** 商品属性列表 */
  inventory_item?: TaobaoWlbWmsConsignBillGetInventoryitem;
}

/** `Inventoryitem` of `taobao.wlb.wms.consign.bill.get`. */
export interface TaobaoWlbWmsConsignBillGetInventoryitem {
  /** 批次号 */
  batch_code?: string;
  /** 生产地区 */
  produce_area?: string;
  /** 生产编码，同一商品可能因商家不同有不同编码 */
  produce_code?: string;
  /** 商品保质期信息，生产日期 */
  produce_date?: string;
  /** 商品保质期信息，失效日期 */
  due_date?: string;
  /** 数量 */
  item_qty?: Int64;
  /** 库存类型：1 可销售库存 (正品) 101 类型用来定义残次品 201 冻结类型库存 301 在途库存 */
  inventory_type?: Int64;
}

const REQUEST_SCHEMA = {
  cn_order_code: 'String',
  order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  consign_send_info_list: [
    {
      consign_send_info: {
        invoince_confirm_list: [
          {
            invoince_confirm: {
              invoice_code: 'String',
              invoice_number: 'String',
              bill_id: 'String',
            },
          },
        ],
        tms_order_list: [
          {
            tms_order: {
              tms_item_list: [
                {
                  tms_item: {
                    item_qty: 'Number',
                    item_code: 'String',
                    item_id: 'String',
                  },
                },
              ],
              package_material_list: [
                {
                  package_material: {
                    material_quantity: 'String',
                    material_type: 'String',
                  },
                },
              ],
              package_height: 'Number',
              package_width: 'Number',
              package_length: 'Number',
              package_weight: 'Number',
              package_code: 'String',
              tms_order_code: 'String',
              tms_code: 'String',
            },
          },
        ],
        order_item_list: [
          {
            order_item: {
              inventory_item_list: [
                {
                  inventory_item: {
                    batch_code: 'String',
                    produce_area: 'String',
                    produce_code: 'String',
                    produce_date: 'Date',
                    due_date: 'Date',
                    item_qty: 'Number',
                    inventory_type: 'Number',
                  },
                },
              ],
              item_code: 'String',
              item_id: 'String',
              order_item_id: 'String',
              order_source_code: 'String',
            },
          },
        ],
        confirm_time: 'Date',
        status: 'String',
        store_code: 'String',
        order_type: 'Number',
        cn_order_code: 'String',
        order_code: 'String',
      },
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.consign.bill.get`: method, response root, request and response schemas. */
export const taobaoWlbWmsConsignBillGetOperation = {
  method: 'taobao.wlb.wms.consign.bill.get',
  responseRoot: 'wlb_wms_consign_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取销售订单发货信息 — calls TOP method `taobao.wlb.wms.consign.bill.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsConsignBillGet(
  client: TopClient,
  request: TaobaoWlbWmsConsignBillGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbWmsConsignBillGetResponse> {
  return client.call<TaobaoWlbWmsConsignBillGetResponse>(
    {
      method: 'taobao.wlb.wms.consign.bill.get',
      responseRoot: 'wlb_wms_consign_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
