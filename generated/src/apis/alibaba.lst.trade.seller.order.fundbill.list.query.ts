// Generated from specs/lstfundbill/alibaba.lst.trade.seller.order.fundbill.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.seller.order.fundbill.list.query` (结算明细数据查询（卖家视角）). */
export interface AlibabaLstTradeSellerOrderFundbillListQueryRequest {
  /** 每页最大主订单数，注意：返回的content_list数据按照子订单维度展开 */
  size: Int64Input;
  /** 账单日期，格式：yyyy-MM-dd */
  bill_date: string;
  /** 页码 */
  page: Int64Input;
}

/** Response of `alibaba.lst.trade.seller.order.fundbill.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeSellerOrderFundbillListQueryResponse {
  /** 包装类 */
  result?: AlibabaLstTradeSellerOrderFundbillListQueryPagedResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PagedResultDto` of `alibaba.lst.trade.seller.order.fundbill.list.query`. */
export interface AlibabaLstTradeSellerOrderFundbillListQueryPagedResultDto {
  /** 总记录数，请求参数page大于实际值时，total返回0 */
  total?: Int64;
  /** 每页最大主订单数 */
  size?: Int64;
  /** 请求是否成功 */
  success?: boolean;
  /** 错误信息，success为false时生效 */
  error_message?: string;
  /** 错误代码，success为false时生效 */
  error_code?: string;
  /** 页码 */
  page?: Int64;
  /** 子订单包装类，按照子订单维度展开 */
  content_list?: AlibabaLstTradeSellerOrderFundbillListQueryLstFundBillOrderDto[];
}

/** `LstFundBillOrderDto` of `alibaba.lst.trade.seller.order.fundbill.list.query`. */
export interface AlibabaLstTradeSellerOrderFundbillListQueryLstFundBillOrderDto {
  /** 主订单id */
  main_order_id?: string;
  /** 结算总金额(含佣) */
  total_settle_amt_hy?: string;
  /** 结算总金额(扣佣) */
  total_settle_amt?: string;
  /** 销售总金额 */
  total_item_amt?: string;
  /** 运费 */
  carriage?: string;
  /** 退款运费 */
  refund_carriage?: string;
  /** 交易方式 */
  deal_type?: string;
  /** 支付宝入账金额 */
  alipay_fee?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 订单发货时间 */
  gmt_shipped?: string;
  /** 确认收货时间 */
  gmt_confirmed?: string;
  /** 订单完成时间 */
  gmt_completed?: string;
  /** 订单结算时间 */
  gmt_settled?: string;
  /** 子订单id */
  order_id?: string;
  /** 产品名称 */
  cspu_name?: string;
  /** cspuId */
  cspu_id?: string;
  /** 规格 */
  sku?: string;
  /** 条形码 */
  bar_code?: string;
  /** 仓库类型 */
  warehouse_type?: string;
  /** 仓库名称 */
  warehouse_name?: string;
  /** 结算金额 */
  settle_amt?: string;
  /** 销售单价 */
  price?: string;
  /** 销售数量 */
  quantity?: Int64;
  /** 销售金额 */
  item_amt?: string;
  /** 商品佣金 */
  item_commission_amt?: string;
  /** 物流佣金 */
  carriage_commission_amt?: string;
  /** 无忧购佣金 */
  wyg_commission_amt?: string;
  /** 金融技术服务佣金 */
  jrfw_commission_amt?: string;
  /** 退款单号 */
  refund_id?: string;
  /** 订单退款状态 */
  refund_status?: string;
  /** 退货数量 */
  refund_quantity?: Int64;
  /** 货款退款金额 */
  refund_amt?: string;
  /** 优惠金额 */
  discount_amt?: string;
  /** 赠品换购 */
  mk_zphg?: string;
  /** 店铺满减 */
  mk_shop_mj?: string;
  /** 店铺包邮 */
  mk_shop_by?: string;
  /** 单品优惠 */
  mk_dpyh?: string;
  /** 限时促销 */
  mk_xscx?: string;
  /** 采购券 */
  mk_purchase_coupon?: string;
  /** 品牌券 */
  mk_brand_coupon?: string;
  /** 跨店满减 */
  mk_kdmj?: string;
  /** 跨店满赠 */
  mk_kdmz?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 小店名称 */
  leads_name?: string;
  /** 小店id */
  leads_id?: string;
  /** 省 */
  logistics_prov?: string;
  /** 市 */
  logistics_city?: string;
  /** 区 */
  logistics_area?: string;
  /** 是否自有商品 */
  self_offer?: string;
  /** 配送商信息 */
  delivery_name?: string;
  /** 商家id */
  seller_id?: string;
  /** 商家名称 */
  seller_name?: string;
  /** 商品佣金费率 */
  item_commission_rate?: string;
  /** 物流佣金费率 */
  post_commission_rate?: string;
  /** 商品佣金退佣金额 */
  item_commission_refund_amt?: string;
}

const REQUEST_SCHEMA = {
  size: 'Number',
  bill_date: 'String',
  page: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    size: 'Number',
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    page: 'Number',
    content_list: [
      {
        main_order_id: 'String',
        total_settle_amt_hy: 'String',
        total_settle_amt: 'String',
        total_item_amt: 'String',
        carriage: 'String',
        refund_carriage: 'String',
        deal_type: 'String',
        alipay_fee: 'String',
        gmt_create: 'String',
        gmt_shipped: 'String',
        gmt_confirmed: 'String',
        gmt_completed: 'String',
        gmt_settled: 'String',
        order_id: 'String',
        cspu_name: 'String',
        cspu_id: 'String',
        sku: 'String',
        bar_code: 'String',
        warehouse_type: 'String',
        warehouse_name: 'String',
        settle_amt: 'String',
        price: 'String',
        quantity: 'Number',
        item_amt: 'String',
        item_commission_amt: 'String',
        carriage_commission_amt: 'String',
        wyg_commission_amt: 'String',
        jrfw_commission_amt: 'String',
        refund_id: 'String',
        refund_status: 'String',
        refund_quantity: 'Number',
        refund_amt: 'String',
        discount_amt: 'String',
        mk_zphg: 'String',
        mk_shop_mj: 'String',
        mk_shop_by: 'String',
        mk_dpyh: 'String',
        mk_xscx: 'String',
        mk_purchase_coupon: 'String',
        mk_brand_coupon: 'String',
        mk_kdmj: 'String',
        mk_kdmz: 'String',
        brand_name: 'String',
        leads_name: 'String',
        leads_id: 'String',
        logistics_prov: 'String',
        logistics_city: 'String',
        logistics_area: 'String',
        self_offer: 'String',
        delivery_name: 'String',
        seller_id: 'String',
        seller_name: 'String',
        item_commission_rate: 'String',
        post_commission_rate: 'String',
        item_commission_refund_amt: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.seller.order.fundbill.list.query`: method, response root, request and response schemas. */
export const alibabaLstTradeSellerOrderFundbillListQueryOperation = {
  method: 'alibaba.lst.trade.seller.order.fundbill.list.query',
  responseRoot: 'alibaba_lst_trade_seller_order_fundbill_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 结算明细数据查询（卖家视角） — calls TOP method `alibaba.lst.trade.seller.order.fundbill.list.query`.
 *
 * 提供For供应商的结算接口，以交易账单维度提供开放数据，满足供应商自动化结算的诉求
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeSellerOrderFundbillListQuery(
  client: TopClient,
  request: AlibabaLstTradeSellerOrderFundbillListQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstTradeSellerOrderFundbillListQueryResponse> {
  return client.call<AlibabaLstTradeSellerOrderFundbillListQueryResponse>(
    {
      method: 'alibaba.lst.trade.seller.order.fundbill.list.query',
      responseRoot: 'alibaba_lst_trade_seller_order_fundbill_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
