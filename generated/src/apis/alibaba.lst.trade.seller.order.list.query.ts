// Generated from specs/lsttrade/alibaba.lst.trade.seller.order.list.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.seller.order.list.query` (订单列表查看(卖家视角)). */
export interface AlibabaLstTradeSellerOrderListQueryRequest {
  /** 入参 */
  param: AlibabaLstTradeSellerOrderListQueryLstTradeGetSellerOrderListParamInput;
}

/** Response of `alibaba.lst.trade.seller.order.list.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeSellerOrderListQueryResponse {
  /** 接口返回model */
  result?: AlibabaLstTradeSellerOrderListQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstTradeGetSellerOrderListParam` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryLstTradeGetSellerOrderListParamInput {
  /** 买家memberId */
  buyer_member_id?: string;
  /** 页数 */
  page_size: Int64Input;
  /** 订单状态，值有success,cancel(交易取消，违约金等交割完毕),waitbuyerpay(等待买家付款)，waitsellersend(等待卖家发货),waitbuyerreceive(等待买家收货) * 设置订单状态，值有success,cancel(交易取消，违约金等交割完毕),waitbuyerpay(等待买家付款)，waitsellersend(等待卖家发货),waitbuyerreceive(等待买家收货) * * 参数示例：waitbuyerpay * 此参数必填 */
  order_status?: string;
  /** 退款状态，支持： "waitselleragree"(等待卖家同意), "refundsuccess"(退款成功), "refundclose"(退款关闭), "waitbuyermodify"(待买家修改), "waitbuyersend"(等待买家退货), "waitsellerreceive"(等待卖家确认收货) */
  refund_status?: string;
  /** 商品名称 */
  product_name?: string;
  /** 创建时间-查询开始 */
  create_start_time?: DateInput;
  /** 是否查询历史 */
  is_his?: boolean;
  /** 创建时间-查询截止时间 */
  create_end_time?: DateInput;
  /** 当前页 */
  page: Int64Input;
  /** 更新时间-查询开始 */
  update_start_time?: DateInput;
  /** 更新时间-查询截止时间 */
  update_end_time?: DateInput;
}

/** `Result` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryResult {
  /** 系统自动生成 */
  total?: Int64;
  /** 数量 */
  size?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 失败信息 */
  error_message?: string;
  /** 错误码 */
  error_code?: string;
  /** 当前页 */
  page?: Int64;
  /** 信息 */
  content_list?: AlibabaLstTradeSellerOrderListQueryContent[];
}

/** `Content` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryContent {
  /** 基础信息 */
  base_info?: AlibabaLstTradeSellerOrderListQueryBaseInfo;
  /** 子订单信息 */
  sub_orders?: AlibabaLstTradeSellerOrderListQueryProductItems[];
  /** 仓库类信息 */
  order_biz_info?: AlibabaLstTradeSellerOrderListQueryOrderBizInfo;
  /** 扩展字段 */
  ext_attributes?: string;
}

/** `BaseInfo` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryBaseInfo {
  /** 完全发货时间 */
  all_delivered_time?: string;
  /** 买家备忘标志 */
  buyer_remark_icon?: string;
  /** 付款时间，如果有多次付款，这里返回的是首次付款时间 */
  pay_time?: string;
  /** 收件人信息 */
  receiver_info?: AlibabaLstTradeSellerOrderListQueryReceiverInfo;
  /** 供应商名称 */
  seller_name?: string;
  /** 折扣信息-优惠信息，（含优惠券-不包含买家红包） */
  discount?: Int64;
  /** 订单的售中退款状态，等待卖家同意：waitselleragree ，待买家修改：waitbuyermodify，等待买家退货：waitbuyersend，等待卖家确认收货：waitsellerreceive，退款成功：refundsuccess，退款失败：refundclose */
  refund_status?: string;
  /** 外部支付交易Id */
  alipay_trade_id?: string;
  /** 卖家loginId */
  seller_login_id?: string;
  /** 货品金额 */
  sum_product_payment?: Int64;
  /** 买家留言，不超过500字 */
  buyer_feedback?: string;
  /** 4.0交易流程模板code */
  flow_template_code?: string;
  /** 买家loginId，旺旺Id */
  buyer_login_id?: string;
  /** 修改时间 */
  modify_time?: string;
  /** 确认时间 */
  confirmed_time?: string;
  /** store_name小店名称 */
  store_name?: string;
  /** 主订单id */
  main_order_id?: Int64;
  /** 关闭原因。buyerCancel:买家取消订单，sellerGoodsLack:卖家库存不足，other:其它 */
  close_reason?: string;
  /** 1:担保交易 2:预存款交易 3:ETC境外收单交易 4:即时到帐交易 5:保障金安全交易 6:统一交易流程 7:分阶段付款 8.货到付款交易 9.信用凭证支付交易 10.账期支付交易，50060 交易4.0 */
  trade_type?: string;
  /** 卖家联系人信息 */
  seller_contact?: AlibabaLstTradeSellerOrderListQuerySellerContact;
  /** 买家信息 */
  buyer_contact?: AlibabaLstTradeSellerOrderListQueryBuyerContact;
  /** 运费，单位分 */
  shipping_fee?: Int64;
  /** 实付费用单位分 */
  total_amount?: Int64;
  /** 交易状态，waitbuyerpay:等待买家付款;waitsellersend:等待卖家发货;waitbuyerreceive: * 等待买家收货;confirm_goods:已收货;success:交易成功;cancel: *\/ */
  order_status?: string;
  /** 订单创建时间 */
  create_time?: string;
  /** 小店id */
  leads_id?: Int64;
  /** 是否线下订单 */
  offline_order?: boolean;
  /** 是否车销订单 */
  offline_car_order?: boolean;
  /** 线下订单-业务员id */
  offline_yd_id?: string;
  /** 线下订单-业务员姓名 */
  offline_yd_name?: string;
}

/** `ReceiverInfo` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryReceiverInfo {
  /** 收货人地址区域编码 */
  to_division_code?: string;
  /** 收货人街道或镇区域编码，可能为空 */
  to_town_code?: string;
  /** 收货地址（只到街道） */
  to_area?: string;
  /** 收件人 */
  to_full_name?: string;
  /** 移动电话 */
  to_mobile?: string;
  /** 固定电话 */
  to_phone?: string;
  /** 邮编 */
  to_post?: string;
  /** 详细地址 */
  to_detail_address?: string;
}

/** `SellerContact` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQuerySellerContact {
  /** 电话 */
  phone?: string;
  /** 公司名称 */
  company_name?: string;
  /** 移动电话 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 邮件地址 */
  email?: string;
}

/** `BuyerContact` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryBuyerContact {
  /** 买家电话 */
  phone?: string;
  /** 公司名称 */
  company_name?: string;
  /** 移动电话 */
  mobile?: string;
  /** 姓名 */
  name?: string;
  /** 邮件地址 */
  email?: string;
}

/** `ProductItems` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryProductItems {
  /** 子订单号 */
  sub_order_id?: Int64;
  /** 以unit为单位的数量，例如多少个、多少件、多少箱、多少吨 */
  quantity?: Int64;
  /** cspuID */
  cspu_id?: string;
  /** 指定单品货号 */
  cargo_number?: string;
  /** 产品快照url，交易订单产生时会自动记录下当时的商品快照，供后续纠纷时参考 */
  product_snapshot_url?: string;
  /** 售卖单位 例如：个、件、箱、吨 */
  unit?: string;
  /** 实付金额，单位分 */
  item_amount?: Int64;
  /** 原始单价，单位分 */
  price?: Int64;
  /** 商品名称 */
  name?: string;
  /** 条形码 */
  barcode?: string;
  /** 商品类型，common：普通品，hg：赠品 */
  product_type?: string;
  /** skuID */
  sku_id?: Int64;
  /** 子订单状态 */
  status?: string;
  /** true或者false 是否组合品 */
  is_mix_set?: boolean;
  /** 商品的唯一标识 */
  item_id?: Int64;
  /** 零售通仓库类型。customer：虚仓；cainiao：实仓 */
  lst_warehouse_type?: string;
  /** 品牌名 */
  brand_name?: string;
  /** 本云订单：local，异云订单：remote，如果是实仓订单本字段为空 */
  virtual_warehouse_type?: string;
}

/** `OrderBizInfo` of `alibaba.lst.trade.seller.order.list.query`. */
export interface AlibabaLstTradeSellerOrderListQueryOrderBizInfo {
  /** 此字段将来会废弃，请参考sub_orders下的lst_warehouse_type */
  lst_warehouse_type?: string;
}

const REQUEST_SCHEMA = {
  param: {
    buyer_member_id: 'String',
    page_size: 'Number',
    order_status: 'String',
    refund_status: 'String',
    product_name: 'String',
    create_start_time: 'Date',
    is_his: 'Boolean',
    create_end_time: 'Date',
    page: 'Number',
    update_start_time: 'Date',
    update_end_time: 'Date',
  },
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
        base_info: {
          all_delivered_time: 'Date',
          buyer_remark_icon: 'String',
          pay_time: 'String',
          receiver_info: {
            to_division_code: 'String',
            to_town_code: 'String',
            to_area: 'String',
            to_full_name: 'String',
            to_mobile: 'String',
            to_phone: 'String',
            to_post: 'String',
            to_detail_address: 'String',
          },
          seller_name: 'String',
          discount: 'Number',
          refund_status: 'String',
          alipay_trade_id: 'String',
          seller_login_id: 'String',
          sum_product_payment: 'Number',
          buyer_feedback: 'String',
          flow_template_code: 'String',
          buyer_login_id: 'String',
          modify_time: 'Date',
          confirmed_time: 'Date',
          store_name: 'String',
          main_order_id: 'Number',
          close_reason: 'String',
          trade_type: 'String',
          seller_contact: {
            phone: 'String',
            company_name: 'String',
            mobile: 'String',
            name: 'String',
            email: 'String',
          },
          buyer_contact: {
            phone: 'String',
            company_name: 'String',
            mobile: 'String',
            name: 'String',
            email: 'String',
          },
          shipping_fee: 'Number',
          total_amount: 'Number',
          order_status: 'String',
          create_time: 'Date',
          leads_id: 'Number',
          offline_order: 'Boolean',
          offline_car_order: 'Boolean',
          offline_yd_id: 'String',
          offline_yd_name: 'String',
        },
        sub_orders: [
          {
            sub_order_id: 'Number',
            quantity: 'Number',
            cspu_id: 'String',
            cargo_number: 'String',
            product_snapshot_url: 'String',
            unit: 'String',
            item_amount: 'Number',
            price: 'Number',
            name: 'String',
            barcode: 'String',
            product_type: 'String',
            sku_id: 'Number',
            status: 'String',
            is_mix_set: 'Boolean',
            item_id: 'Number',
            lst_warehouse_type: 'String',
            brand_name: 'String',
            virtual_warehouse_type: 'String',
          },
        ],
        order_biz_info: {
          lst_warehouse_type: 'String',
        },
        ext_attributes: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.seller.order.list.query`: method, response root, request and response schemas. */
export const alibabaLstTradeSellerOrderListQueryOperation = {
  method: 'alibaba.lst.trade.seller.order.list.query',
  responseRoot: 'alibaba_lst_trade_seller_order_list_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单列表查看(卖家视角) — calls TOP method `alibaba.lst.trade.seller.order.list.query`.
 *
 * 卖家视角订单查询，查询授权经销商订单列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeSellerOrderListQuery(
  client: TopClient,
  request: AlibabaLstTradeSellerOrderListQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstTradeSellerOrderListQueryResponse> {
  return client.call<AlibabaLstTradeSellerOrderListQueryResponse>(
    {
      method: 'alibaba.lst.trade.seller.order.list.query',
      responseRoot: 'alibaba_lst_trade_seller_order_list_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
