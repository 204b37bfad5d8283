// Generated from specs/wms/taobao.wlb.wms.stock.in.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.stock.in.bill.get` (获取入库单信息). */
export interface TaobaoWlbWmsStockInBillGetRequest {
  /** ERP订单编码，查询单个订单时orderCode与cnOrderCode必须有一个参数值不为空，两个参数都赋值时，以cnOrderCode值检索数据 */
  order_code?: string;
  /** 菜鸟订单编码，查询单个订单时orderCode与cnOrderCode必须有一个参数值不为空，两个参数都赋值时，以cnOrderCode值检索数据 */
  cn_order_code?: string;
}

/** Response of `taobao.wlb.wms.stock.in.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsStockInBillGetResponse {
  /** 入库单信息 */
  stock_in_info?: TaobaoWlbWmsStockInBillGetCainiaoStockInBillStockininfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CainiaoStockInBillStockininfo` of `taobao.wlb.wms.stock.in.bill.get`. */
export interface TaobaoWlbWmsStockInBillGetCainiaoStockInBillStockininfo {
  /** ERP订单号 */
  order_code?: string;
  /** 菜鸟订单编码 */
  cn_order_code?: string;
  /** 单据类型： 904 普通入库 306 B2B入库单 601 采购入库 */
  order_type?: Int64;
  /** 仓库订单完成时间 */
  confirm_time?: string;
  /** 入库单状态 WMS_ACCEPT 接单成功 WMS_REJECT 接单失败WMS_CONFIRMED 仓库生产完成 */
  status?: string;
  /** 入库单信息 */
  order_item_list?: TaobaoWlbWmsStockInBillGetCainiaoStockInBillOrderitemlist[];
}

/** `CainiaoStockInBillOrderitemlist` of `taobao.wlb.wms.stock.in.bill.get`. */
export interface TaobaoWlbWmsStockInBillGetCainiaoStockInBillOrderitemlist {
  /** 入库单信息 */
  order_item?: TaobaoWlbWmsStockInBillGetCainiaoStockInBillOrderitem;
}

/** `CainiaoStockInBillOrderitem` of `taobao.wlb.wms.stock.in.bill.get`. */
export interface TaobaoWlbWmsStockInBillGetCainiaoStockInBillOrderitem {
  /** ERP订单明细ID */
  order_item_id?: string;
  /** 商品ID */
  item_id?: string;
  /** 商家编码 */
  item_code?: string;
  /** 通知数量 */
  apply_qty?: Int64;
  /** 仓库收货商品信息 */
  inventory_item_list?: TaobaoWlbWmsStockInBillGetCainiaoStockInBillInventoryitemlist[];
}

/** `CainiaoStockInBillInventoryitemlist` of `taobao.wlb.wms.stock.in.bill.get`. */
export interface TaobaoWlbWmsStockInBillGetCainiaoStockInBillInventoryitemlist {
  /** 仓库收货商品信息 */
  inventory_item?: TaobaoWlbWmsStockInBillGetCainiaoStockInBillInventoryitem;
}

/** `CainiaoStockInBillInventoryitem` of `taobao.wlb.wms.stock.in.bill.get`. */
export interface TaobaoWlbWmsStockInBillGetCainiaoStockInBillInventoryitem {
  /** 库存类型1 可销售库存 101残次品 */
  inventory_type?: Int64;
  /** 数量 */
  item_qty?: Int64;
  /** 商品保质期信息，失效日期 */
  due_date?: string;
  /** 商品保质期信息，生产日期 */
  produce_date?: string;
  /** 生产编码，同一商品可能因商家不同有不同编码 */
  produce_code?: string;
  /** 生产地区，仓库采集的商品信息，供记录参考 */
  produce_area?: string;
  /** 批次号 */
  batch_code?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  cn_order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  stock_in_info: {
    order_code: 'String',
    cn_order_code: 'String',
    order_type: 'Number',
    confirm_time: 'Date',
    status: 'String',
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

/** Static description of `taobao.wlb.wms.stock.in.bill.get`: method, response root, request and response schemas. */
export const taobaoWlbWmsStockInBillGetOperation = {
  method: 'taobao.wlb.wms.stock.in.bill.get',
  responseRoot: 'wlb_wms_stock_in_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取入库单信息 — calls TOP method `taobao.wlb.wms.stock.in.bill.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsStockInBillGet(
  client: TopClient,
  request: TaobaoWlbWmsStockInBillGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbWmsStockInBillGetResponse> {
  return client.call<TaobaoWlbWmsStockInBillGetResponse>(
    {
      method: 'taobao.wlb.wms.stock.in.bill.get',
      responseRoot: 'wlb_wms_stock_in_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
