// Generated from specs/wms/taobao.wlb.wms.stock.out.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.stock.out.bill.get` (通过订单号获取单个出库单发货信息). */
export interface TaobaoWlbWmsStockOutBillGetRequest {
  /** ERP订单编码，查询单个订单时orderCode与cnOrderCode必须有一个参数值不为空，两个参数都赋值时，以cnOrderCode值检索数据 */
  order_code?: string;
  /** 菜鸟订单编码，查询单个订单时orderCode与cnOrderCode必须有一个参数值不为空，两个参数都赋值时，以cnOrderCode值检索数据 */
  cn_order_code?: string;
}

/** Response of `taobao.wlb.wms.stock.out.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsStockOutBillGetResponse {
  /** 出库信息 */
  stock_out_info?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillStockoutinfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CainiaoStockOutBillStockoutinfo` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillStockoutinfo {
  /** ERP订单号 */
  order_code?: string;
  /** 仓库订单编码，LBX号 */
  cn_order_code?: string;
  /** 单据类型 903 普通出库单 305 B2B出库单 901 退供出库单 */
  order_type?: Int64;
  /** 仓库订单完成时间 */
  confirm_time?: string;
  /** 入库单状态 */
  status?: string;
  /** 包裹信息列表，包含每个包裹使用的快递信息 */
  package_info_list?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageinfolist[];
  /** 订单商品列表 */
  order_item_list?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillOrderitemlist[];
}

/** `CainiaoStockOutBillPackageinfolist` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageinfolist {
  /** 包裹信息 */
  package_info?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageinfo;
}

/** `CainiaoStockOutBillPackageinfo` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageinfo {
  /** 快递公司服务编码 */
  tms_code?: string;
  /** 运单编码 */
  tms_order_code?: string;
  /** 包裹号 */
  package_code?: string;
  /** 包裹质量，单位：克 */
  package_weight?: Int64;
  /** 包裹长度，单位：毫米 */
  package_length?: Int64;
  /** 包裹宽度,单位：毫米 */
  package_width?: Int64;
  /** 包裹高度，单位：毫米 */
  package_height?: Int64;
  /** 包裹里面的商品信息列表 */
  package_item_list?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageitemlist[];
}

/** `CainiaoStockOutBillPackageitemlist` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageitemlist {
  /** 1 */
  package_item?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageitem;
}

/** `CainiaoStockOutBillPackageitem` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillPackageitem {
  /** ERP订单明细ID */
  order_item_id?: string;
  /** 菜鸟商品编码 */
  item_id?: string;
  /** ERP商品编码 */
  item_code?: string;
  /** 库存类型1 可销售库存 101残次品 */
  inventory_type?: Int64;
  /** 数量 */
  item_qty?: Int64;
}

/** `CainiaoStockOutBillOrderitemlist` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillOrderitemlist {
  /** 订单商品信息 */
  order_item?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillOrderitem;
}

/** `CainiaoStockOutBillOrderitem` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillOrderitem {
  /** order_item_id */
  order_item_id?: string;
  /** 商品ID */
  item_id?: string;
  /** 商家编码 */
  item_code?: string;
  /** 通知数量 */
  apply_qty?: Int64;
  /** 商品属性列表 */
  inventory_item_list?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillInventoryitemlist[];
}

/** `CainiaoStockOutBillInventoryitemlist` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillInventoryitemlist {
  /** 商品属性 */
  inventory_item?: TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillInventoryitem;
}

/** `CainiaoStockOutBillInventoryitem` of `taobao.wlb.wms.stock.out.bill.get`. */
export interface TaobaoWlbWmsStockOutBillGetCainiaoStockOutBillInventoryitem {
  /** 库存类型1 可销售库存 101 类型用来定义残次品 201 冻结类型库存301 在途库存 */
  inventory_type?: Int64;
  /** 数量 */
  item_qty?: Int64;
  /** 商品保质期信息，失效日期 */
  due_date?: string;
  /** 商品保质期信息，生产日期 */
  produce_date?: string;
  /** 生产编码，同一商品可能因商家不同有不同编码 */
  produce_code?: string;
  /** 生产地区 */
  produce_area?: string;
  /** 批次号 */
  batch_code?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  cn_order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  stock_out_info: {
    order_code: 'String',
    cn_order_code: 'String',
    order_type: 'Number',
    confirm_time: 'Date',
    status: 'String',
    package_info_list: [
      {
        package_info: {
          tms_code: 'String',
          tms_order_code: 'String',
          package_code: 'String',
          package_weight: 'Number',
          package_length: 'Number',
          package_width: 'Number',
          package_height: 'Number',
          package_item_list: [
            {
              package_item: {
                order_item_id: 'String',
                item_id: 'String',
                item_code: 'String',
                inventory_type: 'Number',
                item_qty: 'Number',
              },
            },
          ],
        },
      },
    ],
    order_item_list: [
      {
        order_item: {
          order_item_id: 'String',
          item_id: 'String',
          item_code: 'String',
          apply_qty: 'Number',
          inventory_item_list: [
            {
              inventory_item: {
                inventory_type: 'Number',
                item_qty: 'Number',
                due_date: 'Date',
                produce_date: 'Date',
                produce_code: 'String',
                produce_area: 'String',
                batch_code: 'String',
              },
            },
          ],
        },
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.stock.out.bill.get`: method, response root, request and response schemas. */
export const taobaoWlbWmsStockOutBillGetOperation = {
  method: 'taobao.wlb.wms.stock.out.bill.get',
  responseRoot: 'wlb_wms_stock_out_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过订单号获取单个出库单发货信息 — calls TOP method `taobao.wlb.wms.stock.out.bill.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsStockOutBillGet(
  client: TopClient,
  request: TaobaoWlbWmsStockOutBillGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbWmsStockOutBillGetResponse> {
  return client.call<TaobaoWlbWmsStockOutBillGetResponse>(
    {
      method: 'taobao.wlb.wms.stock.out.bill.get',
      responseRoot: 'wlb_wms_stock_out_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
