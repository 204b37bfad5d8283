// Generated from specs/fenxiao/taobao.fenxiao.yph.orders.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fenxiao.yph.orders.get` (批量查询一盘货采购单信息). */
export interface TaobaoFenxiaoYphOrdersGetRequest {
  /** 查询的经营模式，当不指定时，默认查询代销订单 代销：1 经销：2 寄售（自营寄售）：5 平台寄售：6 */
  trade_types?: Int64Input;
  /** 每页条数。（每页条数不超过50条） */
  page_size: Int64Input;
  /** 页号，不填则默认为1 */
  page_num?: Int64Input;
  /** 当前查询用户的角色 当不指定时，默认为供应商 供应商：2，分销商：1 */
  user_role_type?: Int64Input;
  /** 采购单最后更新时间-起始时间，格式 yyyy-MM-dd HH:mm:ss 支持到秒的查询。时间跨度必须在0-7天。 */
  begin_time: DateInput;
  /** 采购单最后更新时间-结束时间，格式 yyyy-MM-dd HH:mm:ss 支持到秒的查询。时间跨度必须在0-7天。 */
  end_time: DateInput;
  /** 渠道市场编码，可批量指定。 当不指定时，按照配置的分销市场生效 渠道编码枚举：1-供销平台（淘宝）；2-供销平台（天猫）；3-供销平台（天猫超市）；5-供销平台（淘乡甜）；110001-供销平台（全球购）；110007-淘分销；200002-消费电子市场；302-猫超一盘货；506-虾选一盘货 */
  channel_codes?: Int64Input;
  /** 主采购单交易状态-数字表示，枚举：1-已付款，待发货；2-待确认收款；4-等待买家付款；5-已付款，已发货；6-交易成功；7-交易关闭；8-已付款； */
  order_status?: Int64Input;
  /** 主采购单退款状态-数字表示，枚举：9-没有过申请退款；10-退款活动中,至少有一个子单在退款中；11-退款结束，即曾经发生过退款且所有退款都完结了 */
  refund_status?: Int64Input;
}

/** Response of `taobao.fenxiao.yph.orders.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFenxiaoYphOrdersGetResponse {
  /** 采购单及子采购单信息 */
  purchase_orders?: TaobaoFenxiaoYphOrdersGetOrderList[];
  /** 错误说明 */
  remark?: string;
  /** 采购单查询总数 */
  total_count?: Int64;
  /** 接口操作时间 */
  opt_time?: string;
  /** 接口返回错误码 */
  result_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderList` of `taobao.fenxiao.yph.orders.get`. */
export interface TaobaoFenxiaoYphOrdersGetOrderList {
  /** 支付宝交易号，在分销商使用担保交易支付时存在。 来源主订单的payOrderId。 */
  alipay_no?: string;
  /** 运单号 */
  logistics_id?: string;
  /** 采购单付款时间。格式:yyyy-MM-dd HH:mm:ss */
  pay_time?: string;
  /** 采购单留言 */
  memo?: string;
  /** 采购单主单买家实付金额，当前台订单只有一个供应商时该字段有值。单位：元。 */
  buyer_actual_pay_yuan?: string;
  /** 支付方式，枚举：101-支付宝担保交易；102-代销分账；103-即时到账；104-预存款；201-线下转账汇款交易；301-资金账户预存款交易；302-资金账户即时到账交易；303-先款后货；401-账期支付；402-国际分账；403-直营无需支付；404-外币分账；10000-无需支付 */
  pay_type?: Int64;
  /** 发货时间，格式：格式:yyyy-MM-dd HH:mm:ss */
  consign_time?: string;
  /** 配送方式，枚举：1-平邮；2-快递；3-ems；4-虚拟物品 */
  shipping?: Int64;
  /** 物流公司 */
  logistics_company_name?: string;
  /** 分销商昵称 */
  distributor_nick?: string;
  /** 采购单邮费 */
  postage_yuan?: string;
  /** 供应商备注信息。 只有供应商身份查询输出此新信息 */
  supplier_memo?: string;
  /** 采购单编号 */
  biz_order_id?: string;
  /** 子采购单详情 */
  sub_order_detail_yph_list?: TaobaoFenxiaoYphOrdersGetSubOrderList[];
  /** 采购单最后修改时间（包括订单状态变更和订单操作）。格式:yyyy-MM-dd HH:mm:ss */
  gmt_modified?: string;
  /** 采购单总额（不含邮费，单位：分） */
  total_price?: Int64;
  /** 消费者主订单ID （经销模式下，不存在该单号) */
  tc_order_id?: Int64;
  /** 主采购单交易状态-数字表示，枚举：1-已付款，待发货；2-待确认收款；4-等待买家付款；5-已付款，已发货；6-交易成功；7-交易关闭；8-已付款； */
  order_status?: Int64;
  /** 确认收货金额，单位：分 */
  confirm_paid_fee?: Int64;
  /** 分销商实付金额，单位：元 */
  distributor_pay_price_yuan?: string;
  /** 供应商昵称 */
  supplier_nick?: string;
  /** 确认收货金额，单位：元 */
  confirm_paid_fee_yuan?: string;
  /** 查询的经营模式，当不指定时，默认查询代销订单 代销：1 经销：2 寄售（自营寄售）：5 平台寄售：6 */
  trade_type?: Int64;
  /** 渠道市场编码，可批量指定。 当不指定时，按照配置的分销市场生效 渠道编码枚举：1-供销平台（淘宝）；2-供销平台（天猫）；3-供销平台（天猫超市）；5-供销平台（淘乡甜）；110001-供销平台（全球购）；110007-淘分销；200002-消费电子市场；302-猫超一盘货；506-虾选一盘货 */
  channel_code?: Int64;
  /** 采购单主单买家实付金额，当前台订单只有一个供应商时该字段有值。单位：分。 */
  buyer_actual_pay?: Int64;
  /** 分销采购单号（分销流水号） */
  fenxiao_id?: Int64;
  /** 采购单创建时间 */
  gmt_create?: string;
  /** 采购单邮费，单位：分 */
  postage?: Int64;
  /** 供应商来源网站。 入驻时定义供应商来源的外部系统编码, values: taobao, alibaba */
  supplier_from_sys?: Int64;
  /** 分销商来源网站 */
  distributor_from_sys?: string;
  /** 交易成功的时间，分销商确认收货/付款的时间。格式:yyyy-MM-dd HH:mm:ss */
  end_time?: string;
  /** 分销商实付金额，单位：分 */
  distributor_pay_price?: Int64;
  /** 采购单总额（不含邮费），单位：元 */
  total_price_yuan?: string;
  /** 主采购单交易状态，枚举：WAIT_SELLER_SEND_GOODS-已付款，待发货；WAIT_SELLER_CONFIRM_PAY-待确认收款；TRADE_REFUNDING-退款中；WAIT_BUYER_PAY-等待买家付款；WAIT_BUYER_CONFIRM_GOODS-已付款，已发货；TRADE_FINISHED-交易成功了；TRADE_CLOSED-交易关闭；TRADE_FOR_PAY-已付款；TRADE_REFUNDED-已退款 */
  order_status_code?: string;
  /** 主采购单退款状态-数字表示，枚举：9-没有过申请退款；10-退款活动中,至少有一个子单在退款中；11-退款结束，即曾经发生过退款且所有退款都完结了 */
  refund_status?: Int64;
  /** 主采购单退款状态，枚举：ORDER_RF_NO_REFUND-没有过申请退款；ORDER_RF_REFUNDING-退款活动中,至少有一个子单在退款中；ORDER_RF_END_REFUND-退款结束，即曾经发生过退款且所有退款都完结了 */
  refund_status_code?: string;
  /** 寄售模式文字（商家仓，菜鸟仓，门店发货） */
  logis_type?: string;
  /** 寄售模式code(0-菜鸟仓，1-商家仓，2-门店发货) */
  logis_type_code?: Int64;
  /** 消费者详细信息（收货人姓名、收货人手机、收货人电话、收货人邮编、收货人省份、收货人详细地址） */
  dp_buyer_detail?: TaobaoFenxiaoYphOrdersGetDpBuyerDetail;
  /** tp单创单时间 */
  tp_create_time?: string;
  /** 建议废弃 Feature对象列表目前已有的属性： attr_key为 www，attr_value为1 表示是www子订单； attr_key为 wwwStoreCode，attr_value是www子订单发货的仓库编码； attr_key为 isWt，attr_value为1 表示是网厅子订单； attr_key为wtInfo,attr_value为网厅相关合约信息； attr_key为shipper,attr_value为cn表示菜鸟发货； attr_key为 storeCode，attr_value为仓库信息； attr_key为 erpHold，attr_value为1表示强管控中， attr_value为2表示分单完成； */
  features?: TaobaoFenxiaoYphOrdersGetFeatureDO[];
}

/** `SubOrderList` of `taobao.fenxiao.yph.orders.get`. */
export interface TaobaoFenxiaoYphOrdersGetSubOrderList {
  /** 退款金额，单位：分 */
  refund_fee?: Int64;
  /** 买家实付金额，单位：元 */
  buyer_pay_price?: string;
  /** 购买数量 */
  buy_num?: Int64;
  /** 优惠活动折扣金额，单位：元 */
  discount_fee_yuan?: string;
  /** 优惠活动折扣金额，单位：分 */
  discount_fee?: Int64;
  /** 子订单的前台订单号 */
  sub_tc_order_id?: Int64;
  /** 商品sku属性值 */
  sku_property_val?: string;
  /** 确认收货金额，单位：分 */
  confirm_paid_fee?: Int64;
  /** 分销商实付金额，单位：元 */
  distributor_pay_price_yuan?: string;
  /** 发票应开金额。 子单的消费者实付分摊金额。根据买家实际付款去除邮费后，按各个子单(商品)金额比例进行分摊后的金额，仅供开发票时做票面金额参考。 */
  bill_fee?: Int64;
  /** 商品标题 */
  title?: string;
  /** 消费者购买宝贝ID，不存在时为0。 2015年4月15日之前创建的采购单该字段都是0。 */
  real_auction_id?: Int64;
  /** 退款金额，单位：元。（精确到2位小数;单位:元。如:12.23，表示:12元2角3分） */
  refund_fee_yuan?: string;
  /** 消费者购买宝贝SKU ID，不存在时为0。 2015年3月15日之前创建的采购单该字段都是0。 */
  real_auction_sku_id?: Int64;
  /** 采购单子单号 */
  sub_order_id?: Int64;
  /** 单个商品价格，单位：分 */
  price?: Int64;
  /** 优惠金额，始终为正数，单位是分，不带小数 */
  tc_discount_fee?: Int64;
  /** 已执行确认收货的金额，单位：元 */
  confirm_paid_fee_yuan?: string;
  /** 买家实付金额，单位：元 */
  buyer_pay_price_yuan?: string;
  /** 优惠活动类型 0-无优惠 1-限时折 */
  promotion_type?: string;
  /** 分销商应付金额，单位：分 */
  distributor_price?: Int64;
  /** 后端商品id */
  sc_item_id?: Int64;
  /** 分销采购单号（分销流水号） */
  fenxiao_id?: Int64;
  /** 商品的卖出金额调整，金额增加时为正数，金额减少时为负数，单位是分，不带小数 */
  tc_adjust_fee?: Int64;
  /** 创单时间 */
  gmt_create?: string;
  /** 消费者购买宝贝ID，不存在时为0。 2015年4月15日之前创建的采购单该字段都是0。 */
  auction_id?: Int64;
  /** 商品优惠类型：聚划算、秒杀或其他 */
  tc_preferential_type?: string;
  /** 消费者购买宝贝SKU ID，不存在时为0。 2015年3月15日之前创建的采购单该字段都是0 */
  auction_sku_id?: Int64;
  /** 发票应开金额，单位：元。子单的消费者实付分摊金额。根据买家实际付款去除邮费后，按各个子单(商品)金额比例进行分摊后的金额，仅供开发票时做票面金额参考。 */
  bill_fee_yuan?: string;
  /** 分销商店铺中宝贝一口价，消费者看见的宝贝价格。单位：元。 代销场景下存在，此价格不是实付款的价格。 */
  auction_price?: string;
  /** 产品的采购价格。（精确到2位小数;单位:元。如:200.07，表示:200元7分） */
  price_yuan?: string;
  /** 消费者的交易订单状态（代销采购单对应下游200订单状态）。 可选值： WAIT_SELLER_SEND_GOODS(已付款，待发货) WAIT_BUYER_CONFIRM_GOODS(已付款，已发货) TRADE_CLOSED(已退款成功) TRADE_REFUNDING(退款中) TRADE_FINISHED(交易成功) TRADE_CLOSED_BY_TAOBAO(交易关闭) */
  order_200_status?: string;
  /** 分销商实付金额，单位：分 */
  distributor_pay_price?: Int64;
  /** 分销商应付金额，单位：元 */
  distributor_price_yuan?: string;
  /** 子采购单交易状态，枚举：AUDITING-意向单审核中；LOCKED-订单付款前锁定；WAIT_FOR_ALLOCATE_GOODS-待分货；ALLOCATING-分货中；WAIT_FOR_PAY-等待付款；PAID_WAIT_FOR_CONFIRM-已付款待确认付款操作；PAID-已确认付款，可直接发货；DELIVERED-已提交交货；CONSIGNED-已发货；RECEIVING-已提交确认收货，但收货未完成；ORDER_CLOSE-交易关闭；ORDER_SUCCESS-交易成功 */
  sub_order_status_code?: string;
  /** 子采购单交易状态-数字表示，枚举：10-意向单审核中；20-订单付款前锁定；30-待分货；40-分货中；50-订单等待付款；55-已付款待确认付款操作；60-已付款；70-已提交交货；80-已发货；90-已提交确认收货，但收货未完成；100-交易关闭；110-交易成功 */
  sub_order_status?: Int64;
  /** 子采购单退款状态-数字形式，枚举：9-没有申请退款；20-退款中；21-退款结束，退款成功或者退款关闭都会走到这里 */
  refund_status?: Int64;
  /** 子采购单退款状态，枚举：RF_STATUS_NO_REFUND-没有申请退款；RF_STATUS_REFUNDING-退款中；RF_STATUS_END_REFUND-退款结束，退款成功或者退款关闭都会走到这里 */
  refund_status_code?: string;
  /** 子采购单商品商家编码，供应商发布产品时定义的产品编码 */
  auction_out_id?: string;
  /** 二级供应商id */
  secondary_supplier_id?: Int64;
  /** tp单创单时间点的货品采购价 */
  tp_create_time_price?: string;
  /** 建议废弃 Feature对象列表目前已有的属性： attr_key为 www，attr_value为1 表示是www子订单； attr_key为 wwwStoreCode，attr_value是www子订单发货的仓库编码； attr_key为 isWt，attr_value为1 表示是网厅子订单； attr_key为wtInfo,attr_value为网厅相关合约信息； attr_key为shipper,attr_value为cn表示菜鸟发货； attr_key为 storeCode，attr_value为仓库信息； attr_key为 erpHold，attr_value为1表示强管控中， attr_value为2表示分单完成； */
  features?: TaobaoFenxiaoYphOrdersGetFeatureDO[];
  /** SKU商家编码，供应商发布产品SKU是定义的编码 */
  auction_out_sku_id?: string;
}

/** `FeatureDO` of `taobao.fenxiao.yph.orders.get`. */
export interface TaobaoFenxiaoYphOrdersGetFeatureDO {
  /** 属性键 */
  attr_key?: string;
  /** 属性值 */
  attr_value?: string;
}

/** `DpBuyerDetail` of `taobao.fenxiao.yph.orders.get`. */
export interface TaobaoFenxiaoYphOrdersGetDpBuyerDetail {
  /** 地区 */
  area?: string;
  /** 收货地址 */
  address?: string;
  /** 移动电话 */
  mobile_phone?: string;
  /** 邮编 */
  post?: string;
  /** 城市 */
  city?: string;
  /** 固定电话 */
  phone?: string;
  /** 收货人全名 */
  full_name?: string;
  /** 省份 */
  prov?: string;
  /** 收件人ID (Open Addressee ID)，长度在128个字符之内。 */
  oaid?: string;
}

const REQUEST_SCHEMA = {
  trade_types: 'Number',
  page_size: 'Number',
  page_num: 'Number',
  user_role_type: 'Number',
  begin_time: 'Date',
  end_time: 'Date',
  channel_codes: 'Number',
  order_status: 'Number',
  refund_status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  purchase_orders: [
    {
      alipay_no: 'String',
      logistics_id: 'String',
      pay_time: 'Date',
      memo: 'String',
      buyer_actual_pay_yuan: 'String',
      pay_type: 'Number',
      consign_time: 'Date',
      shipping: 'Number',
      logistics_company_name: 'String',
      distributor_nick: 'String',
      postage_yuan: 'String',
      supplier_memo: 'String',
      biz_order_id: 'String',
      sub_order_detail_yph_list: [
        {
          refund_fee: 'Number',
          buyer_pay_price: 'String',
          buy_num: 'Number',
          discount_fee_yuan: 'String',
          discount_fee: 'Number',
          sub_tc_order_id: 'Number',
          sku_property_val: 'String',
          confirm_paid_fee: 'Number',
          distributor_pay_price_yuan: 'String',
          bill_fee: 'Number',
          title: 'String',
          real_auction_id: 'Number',
          refund_fee_yuan: 'String',
          real_auction_sku_id: 'Number',
          sub_order_id: 'Number',
          price: 'Number',
          tc_discount_fee: 'Number',
          confirm_paid_fee_yuan: 'String',
          buyer_pay_price_yuan: 'String',
          promotion_type: 'String',
          distributor_price: 'Number',
          sc_item_id: 'Number',
          fenxiao_id: 'Number',
          tc_adjust_fee: 'Number',
          gmt_create: 'Date',
          auction_id: 'Number',
          tc_preferential_type: 'String',
          auction_sku_id: 'Number',
          bill_fee_yuan: 'String',
          auction_price: 'String',
          price_yuan: 'String',
          order_200_status: 'String',
          distributor_pay_price: 'Number',
          distributor_price_yuan: 'String',
          sub_order_status_code: 'String',
          sub_order_status: 'Number',
          refund_status: 'Number',
          refund_status_code: 'String',
          auction_out_id: 'String',
          secondary_supplier_id: 'Number',
          tp_create_time_price: 'Price',
          features: [
            {
              attr_key: 'String',
              attr_value: 'String',
            },
          ],
          auction_out_sku_id: 'String',
        },
      ],
      gmt_modified: 'Date',
      total_price: 'Number',
      tc_order_id: 'Number',
      order_status: 'Number',
      confirm_paid_fee: 'Number',
      distributor_pay_price_yuan: 'String',
      supplier_nick: 'String',
      confirm_paid_fee_yuan: 'String',
      trade_type: 'Number',
      channel_code: 'Number',
      buyer_actual_pay: 'Number',
      fenxiao_id: 'Number',
      gmt_create: 'Date',
      postage: 'Number',
      supplier_from_sys: 'Number',
      distributor_from_sys: 'String',
      end_time: 'Date',
      distributor_pay_price: 'Number',
      total_price_yuan: 'String',
      order_status_code: 'String',
      refund_status: 'Number',
      refund_status_code: 'String',
      logis_type: 'String',
      logis_type_code: 'Number',
      dp_buyer_detail: {
        area: 'String',
        address: 'String',
        mobile_phone: 'String',
        post: 'String',
        city: 'String',
        phone: 'String',
        full_name: 'String',
        prov: 'String',
        oaid: 'String',
      },
      tp_create_time: 'String',
      features: [
        {
          attr_key: 'String',
          attr_value: 'String',
        },
      ],
    },
  ],
  remark: 'String',
  total_count: 'Number',
  opt_time: 'Date',
  result_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fenxiao.yph.orders.get`: method, response root, request and response schemas. */
export const taobaoFenxiaoYphOrdersGetOperation = {
  method: 'taobao.fenxiao.yph.orders.get',
  responseRoot: 'fenxiao_yph_orders_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询一盘货采购单信息 — calls TOP method `taobao.fenxiao.yph.orders.get`.
 *
 * 一盘货商家批量查询采购单信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFenxiaoYphOrdersGet(
  client: TopClient,
  request: TaobaoFenxiaoYphOrdersGetRequest,
  options?: CallOptions,
): Promise<TaobaoFenxiaoYphOrdersGetResponse> {
  return client.call<TaobaoFenxiaoYphOrdersGetResponse>(
    {
      method: 'taobao.fenxiao.yph.orders.get',
      responseRoot: 'fenxiao_yph_orders_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
