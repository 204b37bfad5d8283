// Generated from specs/trade/alibaba.wdk.trade.refund.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.trade.refund.query` (外部渠道查询退货订单详情接口). */
export interface AlibabaWdkTradeRefundQueryRequest {
  /** 查询请求 */
  refund_goods_query_request?: AlibabaWdkTradeRefundQueryRefundGoodsQueryRequestInput;
}

/** Response of `alibaba.wdk.trade.refund.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkTradeRefundQueryResponse {
  /** 查询结果 */
  refund_goods_query_result?: AlibabaWdkTradeRefundQueryRefundGoodsQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RefundGoodsQueryRequest` of `alibaba.wdk.trade.refund.query`. */
export interface AlibabaWdkTradeRefundQueryRefundGoodsQueryRequestInput {
  /** 退货单id */
  refund_goods_id: string;
  /** 门店id */
  shop_id: string;
}

/** `RefundGoodsQueryResult` of `alibaba.wdk.trade.refund.query`. */
export interface AlibabaWdkTradeRefundQueryRefundGoodsQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 取货类型（"FETCH_HOME"：上门；"ON_SHOP"：到店；"NONE"：无需取） */
  refund_fetch_type?: string;
  /** 买家id */
  buyer_id?: string;
  /** 买家姓名 */
  buyer_name?: string;
  /** 买家电话 */
  buyer_phone?: string;
  /** 买家地址 */
  buyer_address?: string;
  /** 发起退货来源 */
  init_from?: Int64;
  /** 发起人 */
  init_operator?: string;
  /** 发起退货备注 */
  init_memo?: string;
  /** 退货子订单详情 */
  refund_goods_sub_order_detail_list?: AlibabaWdkTradeRefundQueryRefundGoodsSubOrderDetail[];
}

/** `RefundGoodsSubOrderDetail` of `alibaba.wdk.trade.refund.query`. */
export interface AlibabaWdkTradeRefundQueryRefundGoodsSubOrderDetail {
  /** 子订单号 */
  sub_biz_order_id?: string;
  /** 履约单号 */
  fulfill_id?: string;
  /** 退货单号 */
  refund_goods_id?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modified?: string;
  /** 期望取货开始时间 */
  expect_fulfil_start_time?: string;
  /** 期望取货结束时间 */
  expect_fulfil_end_time?: string;
  /** 期望退货件数 */
  expect_refund_amount?: string;
  /** 实际退货件数 */
  actual_refund_amount?: string;
  /** 履约取货件数 */
  fulfil_refund_amount?: string;
  /** 同意退货件数 */
  agree_refund_amount?: string;
  /** 退货类型(1:"闪退";2: "标准") */
  refund_speed_type?: Int64;
  /** 退货商品skuId */
  sku_id?: string;
  /** 商品名称 */
  auction_title?: string;
  /** 是否称重商品 1：是，0:否 */
  weight_item?: Int64;
  /** 商品主计价单位 */
  item_iu?: string;
  /** 商品销售单位 */
  item_bu?: string;
  /** Create(10, "已发起退货"),SellerAgree(20, "卖家已同意"),OperatorAccept(30, "配送员已接单"),OperatorReceive(40, "配送员已取货"),Finish(50, "退货结束"); */
  refund_status?: Int64;
  /** Init(0,"初始状态"),NoTakeGoods(1, "无需取货"),FailTakeGoods(2, "取货失败"),Timeout(3, "超时关闭"),EnterDock(4, "已入站"); */
  finish_type?: Int64;
}

const REQUEST_SCHEMA = {
  refund_goods_query_request: {
    refund_goods_id: 'String',
    shop_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  refund_goods_query_result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    refund_fetch_type: 'String',
    buyer_id: 'String',
    buyer_name: 'String',
    buyer_phone: 'String',
    buyer_address: 'String',
    init_from: 'Number',
    init_operator: 'String',
    init_memo: 'String',
    refund_goods_sub_order_detail_list: [
      {
        sub_biz_order_id: 'String',
        fulfill_id: 'String',
        refund_goods_id: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        expect_fulfil_start_time: 'Date',
        expect_fulfil_end_time: 'Date',
        expect_refund_amount: 'String',
        actual_refund_amount: 'String',
        fulfil_refund_amount: 'String',
        agree_refund_amount: 'String',
        refund_speed_type: 'Number',
        sku_id: 'String',
        auction_title: 'String',
        weight_item: 'Number',
        item_iu: 'String',
        item_bu: 'String',
        refund_status: 'Number',
        finish_type: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.trade.refund.query`: method, response root, request and response schemas. */
export const alibabaWdkTradeRefundQueryOperation = {
  method: 'alibaba.wdk.trade.refund.query',
  responseRoot: 'alibaba_wdk_trade_refund_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外部渠道查询退货订单详情接口 — calls TOP method `alibaba.wdk.trade.refund.query`.
 *
 * 该接口提供给外部渠道商家，比如欧尚外卖等查询退货订单详情，里面包含退货进度等信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkTradeRefundQuery(
  client: TopClient,
  request: AlibabaWdkTradeRefundQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkTradeRefundQueryResponse> {
  return client.call<AlibabaWdkTradeRefundQueryResponse>(
    {
      method: 'alibaba.wdk.trade.refund.query',
      responseRoot: 'alibaba_wdk_trade_refund_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
