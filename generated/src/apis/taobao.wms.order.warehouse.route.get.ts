// Generated from specs/logistic/taobao.wms.order.warehouse.route.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.wms.order.warehouse.route.get` (获取订单仓库路由信息). */
export interface TaobaoWmsOrderWarehouseRouteGetRequest {
  /** 订单编号 */
  order_code: string;
}

/** Response of `taobao.wms.order.warehouse.route.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoWmsOrderWarehouseRouteGetResponse {
  /** 错误信息 */
  wl_error_code?: string;
  /** 错误信息 */
  wl_error_msg?: string;
  /** 订单编号 */
  order_code?: string;
  /** 商品列表 */
  items?: TaobaoWmsOrderWarehouseRouteGetOrderWarehouseRouteGetItems[];
  /** 是否成功 */
  wl_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderWarehouseRouteGetItems` of `taobao.wms.order.warehouse.route.get`. */
export interface TaobaoWmsOrderWarehouseRouteGetOrderWarehouseRouteGetItems {
  /** 商品信息 */
  item?: TaobaoWmsOrderWarehouseRouteGetOrderWarehouseRouteGetItem;
}

/** `OrderWarehouseRouteGetItem` of `taobao.wms.order.warehouse.route.get`. */
export interface TaobaoWmsOrderWarehouseRouteGetOrderWarehouseRouteGetItem {
  /** 仓库编码 当订单路由到菜鸟仓发货时输出菜鸟仓编码。等待路由仓或由商家仓发货的订单，此内容为空。 */
  store_code?: string;
  /** 订单路由状态 状态值： WAIT_ROUTE 待路由仓 ROUTE_TO_CN 路由到菜鸟仓发货 ROUTE_TO_ERP 路由到商家仓发货。 STOP_ROUTE 终止分仓，如订单已取消时，不再发货。 注：待路由仓状态表示未做路由，不确定由哪个仓库发货，可与5分钟后再次查询 */
  rout_status?: string;
  /** 菜鸟订单编码 当订单路由到菜鸟仓发货时，生成此单号。等待路由仓或由商家仓发货的订单，此单号为空。格式LBX+数字 */
  cn_order_code?: string;
  /** 通知仓库此订单明细的商品应发数量 */
  item_qty?: Int64;
  /** ERP订单明细编码或者子交易单号 */
  order_item_id?: string;
}

const REQUEST_SCHEMA = {
  order_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  wl_error_code: 'String',
  wl_error_msg: 'String',
  order_code: 'String',
  items: [
    {
      item: {
        store_code: 'String',
        rout_status: 'String',
        cn_order_code: 'String',
        item_qty: 'Number',
        order_item_id: 'String',
      },
    },
  ],
  wl_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.wms.order.warehouse.route.get`: method, response root, request and response schemas. */
export const taobaoWmsOrderWarehouseRouteGetOperation = {
  method: 'taobao.wms.order.warehouse.route.get',
  responseRoot: 'wms_order_warehouse_route_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取订单仓库路由信息 — calls TOP method `taobao.wms.order.warehouse.route.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoWmsOrderWarehouseRouteGet(
  client: TopClient,
  request: TaobaoWmsOrderWarehouseRouteGetRequest,
  options?: CallOptions,
): Promise<TaobaoWmsOrderWarehouseRouteGetResponse> {
  return client.call<TaobaoWmsOrderWarehouseRouteGetResponse>(
    {
      method: 'taobao.wms.order.warehouse.route.get',
      responseRoot: 'wms_order_warehouse_route_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
