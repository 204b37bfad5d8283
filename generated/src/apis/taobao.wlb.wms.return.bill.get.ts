// Generated from specs/wms/taobao.wlb.wms.return.bill.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wlb.wms.return.bill.get` (获取销退收货信息). */
export interface TaobaoWlbWmsReturnBillGetRequest {
  /** ERP订单编码，查询单个订单时orderCode与cnOrderCode必须有一个参数值不为空，两个参数都赋值时，以cnOrderCode值检索数据 */
  order_code?: string;
  /** 菜鸟订单编码，查询单个订单时orderCode与cnOrderCode必须有一个参数值不为空，两个参数都赋值时，以cnOrderCode值检索数据 */
  cn_order_code?: string;
}

/** Response of `taobao.wlb.wms.return.bill.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWlbWmsReturnBillGetResponse {
  /** 回退订单信息 */
  return_order_info?: TaobaoWlbWmsReturnBillGetCainiaoReturnBillReturnorderinfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CainiaoReturnBillReturnorderinfo` of `taobao.wlb.wms.return.bill.get`. */
export interface TaobaoWlbWmsReturnBillGetCainiaoReturnBillReturnorderinfo {
  /** ERP订单号 */
  order_code?: string;
  /** 仓库订单编码，LBX号 */
  cn_order_code?: string;
  /** 单据类型： 501 退货入库 */
  order_type?: Int64;
  /** 仓库订单完成时间 */
  confirm_time?: string;
  /** 订单商品信息列表 */
  order_item_list?: TaobaoWlbWmsReturnBillGetCainiaoReturnBillOrderitemlist[];
  /** 此销退订单对应原销售订单的菜鸟订单号 */
  pre_cn_order_code?: string;
}

/** `CainiaoReturnBillOrderitemlist` of `taobao.wlb.wms.return.bill.get`. */
export interface TaobaoWlbWmsReturnBillGetCainiaoReturnBillOrderitemlist {
  /** 订单商品信息 */
  order_item?: TaobaoWlbWmsReturnBillGetCainiaoReturnBillOrderitem;
}

/** `CainiaoReturnBillOrderitem` of `taobao.wlb.wms.return.bill.get`. */
export interface TaobaoWlbWmsReturnBillGetCainiaoReturnBillOrderitem {
  /** 商品ID */
  order_item_id?: string;
  /** 商品ID */
  item_id?: string;
  /** 商家编码 */
  item_code?: string;
  /** 商品信息 */
  inventory_item_list?: TaobaoWlbWmsReturnBillGetCainiaoReturnBillInventoryitemlist[];
}

/** `CainiaoReturnBillInventoryitemlist` of `taobao.wlb.wms.return.bill.get`. */
export interface TaobaoWlbWmsReturnBillGetCainiaoReturnBillInventoryitemlist {
  /** 订单详情 */
  inventory_item?: TaobaoWlbWmsReturnBillGetCainiaoReturnBillInventoryitem;
}

/** `CainiaoReturnBillInventoryitem` of `taobao.wlb.wms.return.bill.get`. */
export interface TaobaoWlbWmsReturnBillGetCainiaoReturnBillInventoryitem {
  /** 库存类型1 可销售库存 101残次品 */
  inventory_type?: Int64;
  /** 数量 */
  item_qty?: Int64;
  /** 失效日期，保质期商品使用 */
  due_date?: string;
  /** 生产日期，保质期商品使用 */
  produce_date?: string;
  /** 生产编码，同一商品可能因商家不同有不同编码，仓库采集的商品信息，可供保质期商品使用 */
  produce_code?: string;
  /** 生产地区，仓库采集的商品 */
  produce_area?: string;
  /** 批次号 */
  batch_code?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
  cn_order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_order_info: {
    order_code: 'String',
    cn_order_code: 'String',
    order_type: 'Number',
    confirm_time: 'Date',
    order_item_list: [
      {
        order_item: {
          order_item_id: 'String',
          item_id: 'String',
          item_code: 'String',
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
    pre_cn_order_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.wlb.wms.return.bill.get`: method, response root, request and response schemas. */
export const taobaoWlbWmsReturnBillGetOperation = {
  method: 'taobao.wlb.wms.return.bill.get',
  responseRoot: 'wlb_wms_return_bill_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取销退收货信息 — calls TOP method `taobao.wlb.wms.return.bill.get`.
 *
 * 通过订单号获取单个销退单收货信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWlbWmsReturnBillGet(
  client: TopClient,
  request: TaobaoWlbWmsReturnBillGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoWlbWmsReturnBillGetResponse> {
  return client.call<TaobaoWlbWmsReturnBillGetResponse>(
    {
      method: 'taobao.wlb.wms.return.bill.get',
      responseRoot: 'wlb_wms_return_bill_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
