// Generated from specs/lstlogistics2/alibaba.lst.trade.seller.offline.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.seller.offline.order.query` (供应商-线下订单-查询接口). */
export interface AlibabaLstTradeSellerOfflineOrderQueryRequest {
  /** 入参 */
  offline_order_query_param: AlibabaLstTradeSellerOfflineOrderQueryLstOfflineOrderQueryParamInput;
}

/** Response of `alibaba.lst.trade.seller.offline.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeSellerOfflineOrderQueryResponse {
  /** 接口返回model */
  result?: AlibabaLstTradeSellerOfflineOrderQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstOfflineOrderQueryParam` of `alibaba.lst.trade.seller.offline.order.query`. */
export interface AlibabaLstTradeSellerOfflineOrderQueryLstOfflineOrderQueryParamInput {
  /** 外部主订单号 */
  out_order_id: string;
  /** 买家手机号 */
  buyer_mobile: string;
}

/** `Result` of `alibaba.lst.trade.seller.offline.order.query`. */
export interface AlibabaLstTradeSellerOfflineOrderQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 系统自动生成 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 主订单 */
  content?: AlibabaLstTradeSellerOfflineOrderQueryContent;
}

/** `Content` of `alibaba.lst.trade.seller.offline.order.query`. */
export interface AlibabaLstTradeSellerOfflineOrderQueryContent {
  /** 揽收时间 */
  pick_time?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 供应商userId */
  supplier_user_id?: Int64;
  /** 外单主订单号 */
  out_order_id?: string;
  /** 车辆信息 */
  vehicle_info?: string;
  /** 司机手机号 */
  driver_mobile?: string;
  /** 司机 */
  driver_name?: string;
  /** 零售通订单id */
  lst_order_id?: Int64;
  /** 子订单 */
  sub_orders?: AlibabaLstTradeSellerOfflineOrderQuerySubOrders[];
  /** * 发货单状态 * NEW ---> 新建 * LOAD_WAIT ---> 待装车 * LOAD_SUCCESS ---> 已装车 * SIGN_SUCCESS ---> 签收、部分签收 * SIGN_FAILED ---> 拒签 * CANCEL ---> 取消 */
  ship_status?: string;
  /** 出库时间 */
  out_bound_time?: string;
}

/** `SubOrders` of `alibaba.lst.trade.seller.offline.order.query`. */
export interface AlibabaLstTradeSellerOfflineOrderQuerySubOrders {
  /** 外部商品编码 */
  out_item_code?: string;
  /** 商品条码 */
  item_bar_code?: string;
  /** 商品名称 */
  item_name?: string;
  /** 零售通子订单号 */
  lst_sub_order_id?: string;
  /** 商品数量 */
  item_quantity?: Int64;
  /** 揽收数量 */
  pick_quantity?: Int64;
  /** 外部子订单号 */
  out_sub_order_id?: string;
  /** 签收数量 */
  sign_quantity?: Int64;
}

const REQUEST_SCHEMA = {
  offline_order_query_param: {
    out_order_id: 'String',
    buyer_mobile: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    content: {
      pick_time: 'Date',
      sign_time: 'Date',
      supplier_user_id: 'Number',
      out_order_id: 'String',
      vehicle_info: 'String',
      driver_mobile: 'String',
      driver_name: 'String',
      lst_order_id: 'Number',
      sub_orders: [
        {
          out_item_code: 'String',
          item_bar_code: 'String',
          item_name: 'String',
          lst_sub_order_id: 'String',
          item_quantity: 'Number',
          pick_quantity: 'Number',
          out_sub_order_id: 'String',
          sign_quantity: 'Number',
        },
      ],
      ship_status: 'String',
      out_bound_time: 'Date',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.seller.offline.order.query`: method, response root, request and response schemas. */
export const alibabaLstTradeSellerOfflineOrderQueryOperation = {
  method: 'alibaba.lst.trade.seller.offline.order.query',
  responseRoot: 'alibaba_lst_trade_seller_offline_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供应商-线下订单-查询接口 — calls TOP method `alibaba.lst.trade.seller.offline.order.query`.
 *
 * 供应商线下订单数据上传后查询物流状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeSellerOfflineOrderQuery(
  client: TopClient,
  request: AlibabaLstTradeSellerOfflineOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstTradeSellerOfflineOrderQueryResponse> {
  return client.call<AlibabaLstTradeSellerOfflineOrderQueryResponse>(
    {
      method: 'alibaba.lst.trade.seller.offline.order.query',
      responseRoot: 'alibaba_lst_trade_seller_offline_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
