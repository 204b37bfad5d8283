// Generated from specs/wdk/alibaba.wdk.order.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.order.get` (交易订单详情查询). */
export interface AlibabaWdkOrderGetRequest {
  /** 系统自动生成 */
  id_list_query_req?: AlibabaWdkOrderGetIdListQueryRequestInput;
}

/** Response of `alibaba.wdk.order.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkOrderGetResponse {
  /** 返回数据 */
  result?: AlibabaWdkOrderGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IdListQueryRequest` of `alibaba.wdk.order.get`. */
export interface AlibabaWdkOrderGetIdListQueryRequestInput {
  /** 中台订单号 */
  biz_id_list?: Int64Input[];
  /** 淘系订单号 */
  tb_biz_id_list?: Int64Input[];
  /** 渠道来源 */
  order_from?: Int64Input;
  /** 渠道店id */
  shop_id?: string;
  /** 经营店id */
  store_id?: string;
  /** 渠道单号 */
  out_order_id_list?: string[];
}

/** `Result` of `alibaba.wdk.order.get`. */
export interface AlibabaWdkOrderGetResult {
  /** 订单列表 */
  orders?: AlibabaWdkOrderGetOrder[];
  /** returnCode */
  return_code?: string;
  /** returnMsg */
  return_msg?: string;
  /** 返回本查询条件下的数据总数 */
  total_number?: Int64;
}

/** `Order` of `alibaba.wdk.order.get`. */
export interface AlibabaWdkOrderGetOrder {
  /** 业务订单号 */
  biz_order_id?: Int64;
  /** 商品优惠总额 */
  discount_amt?: Int64;
  /** 商品总金额（优惠前） */
  original_amt?: Int64;
  /** 支付渠道列表 */
  pay_channels?: AlibabaWdkOrderGetPayChannel[];
  /** 成交时间 */
  pay_time?: string;
  /** 配送费 */
  post_fee?: Int64;
  /** 门店编码 */
  store_id?: string;
  /** 子订单列表 */
  sub_orders?: AlibabaWdkOrderGetSubOrder[];
  /** 销售类型（正向销售1：逆向销售2。本接口应返回2） */
  trd_type?: Int64;
  /** 会员价优惠总金额 */
  member_discount_amt?: Int64;
  /** 会员卡号 */
  member_card_num?: string;
  /** 收银员编号 */
  operator_id?: string;
  /** 淘宝主订单号 */
  tb_biz_order_id?: Int64;
  /** 收银员名字 */
  operator_name?: string;
  /** merchantCode */
  merchant_code?: string;
  /** orderStatus */
  order_status?: string;
  /** memberPoint */
  member_point?: string;
  /** 打包时间 */
  package_time?: string;
  /** 赠券，格式为 券ID_券金额， 金额单位为分 */
  gift_coupon?: string;
  /** 一串唯一的字符串 */
  duty_code?: string;
  /** map格式的json字符串，部分key含义如下。wdkMemberValue:手机号或者卡号 wdkMemberSource:carNum or phoneNum memDegrade：1表示在线降级，2表示离线降级 */
  trade_attributes?: string;
  /** 买家open_uid */
  open_uid?: string;
  /** 渠道来源 */
  order_from?: Int64;
  /** 渠道店id */
  shop_id?: string;
  /** 外部门店id */
  out_shop_id?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** app或pos */
  order_client?: string;
  /** 支付金额，单位分 */
  pay_amt?: Int64;
}

/** `PayChannel` of `alibaba.wdk.order.get`. */
export interface AlibabaWdkOrderGetPayChannel {
  /** 所属淘宝主订单号 */
  biz_order_id?: Int64;
  /** 销售渠道（POS，APP);订单来源（淘宝、京东、三江购物网）。如：APP|淘宝 */
  order_channel?: string;
  /** 当前渠道付款金额(分) */
  pay_amount?: Int64;
  /** 当前渠道付款类型：0-付款码支付，1-盒马在线码－普通支付（pos），2-盒马在线码－免密协议支付（pos），3-银联刷卡（旧pos），4-现金（pos），5-支付宝离线码（pos），6-支付宝快捷支付（app），7-支付平台, 8-国际支付宝, 9-支付宝当面付, 10-网商银行信任付, 11-支付宝, 12-支付宝, 13-网商银行融易收, 14-现金, 15-银行卡, 16-支票, 17-三江购物券, 18-三江赊销 */
  pay_type?: Int64;
  /** 交易订单POS机器号 */
  pos_no?: string;
  /** 门店编码 */
  store_id?: string;
  /** 销售类型（正向销售1：逆向销售2。本接口应返回2） */
  trd_type?: Int64;
  /** 实付抹分金额(分) */
  actual_pay_amount?: Int64;
  /** adjustAmount */
  adjust_amount?: Int64;
  /** promotionCardInfo */
  promotion_card_info?: string;
  /** "扩展属性，根据payType不同，可存放相关内容。MAP的json化字符串子订单列表,key列表 "btn" // 银行卡凭证号,bank_trade_no "bmi" // 银行卡商户号,bank_merchant_id "bti" // 银行卡终端号,bank_term_id "brn" // 银行卡系统参考号,bank_ref_no "damt" // 优惠金额，discount_amount "tno" // 支付工具号tool_no "tsn" // 支付工具流水号，tool_serail_no" */
  pay_attributes?: string;
  /** 支付宝优惠金额，单位分 */
  pmt_alipay_promotion_amt?: Int64;
  /** 支付宝随机立减金额，单位分 */
  pmt_alipay_reduce_amt?: Int64;
  /** 口碑券的优惠金额，单位分 */
  pmt_koubei_coupon_amt?: Int64;
  /** 口碑优惠信息，是一个json数组 */
  koubei_coupon_info?: string;
}

/** `SubOrder` of `alibaba.wdk.order.get`. */
export interface AlibabaWdkOrderGetSubOrder {
  /** 业务子订单id */
  biz_order_id?: Int64;
  /** 促销优惠总金额 */
  promotion_discount_amt?: Int64;
  /** 商品id */
  item_code?: Int64;
  /** 正向：售价金额（购买数量*原售价）。逆向：退款金额 */
  original_amt?: Int64;
  /** 父订单id */
  parent_id?: Int64;
  /** 商品原价 */
  price?: Int64;
  /** 促销信息(json格式)。例如:[{"activity_id":"1234","activity_name":"五一促销","activity_type":1,"activity_desc":"优惠卡券"}] */
  promotion_info?: string;
  /** 购买数量 */
  quantity?: Int64;
  /** 门店编码 */
  store_id?: string;
  /** 销售类型（正向销售1：逆向销售2。本接口应返回2） */
  trd_type?: Int64;
  /** 会员价优惠金额 */
  member_discount_amt?: Int64;
  /** 其它分摊优惠金额 */
  share_discount_amt?: Int64;
  /** 非标品销售单位 */
  sell_unit?: string;
  /** 非标品购买数量 */
  ns_quantity?: string;
  /** 淘宝子订单号 */
  tb_biz_order_id?: Int64;
  /** 库存单位拣货数量 */
  pick_amount_stock?: string;
  /** 库存单位购买数量 */
  buy_amount_stock?: string;
  /** memberPoint */
  member_point?: string;
  /** 子订单类型，当前取值[COMMON|GIFT],分别表示 普通|赠品 订单 */
  order_type?: string;
  /** 淘鲜达平台优惠券中平台出资金额，单位分 */
  txd_pmt_amt?: Int64;
  /** 拣货金额 */
  pick_amt?: Int64;
  /** 揽件 */
  order_status?: string;
  /** statusChangeTime */
  status_change_time?: string;
  /** 库存单位 */
  stock_unit?: string;
  /** 销售单位 */
  sale_unit?: string;
  /** tradeSubAttributes */
  trade_sub_attributes?: string;
  /** 商品skuCode */
  sku_code?: string;
  /** 外部订单号 */
  out_order_id?: string;
  /** 外部skucode */
  out_sku_code?: string;
}

const REQUEST_SCHEMA = {
  id_list_query_req: {
    biz_id_list: ['Number'],
    tb_biz_id_list: ['Number'],
    order_from: 'Number',
    shop_id: 'String',
    store_id: 'String',
    out_order_id_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    orders: [
      {
        biz_order_id: 'Number',
        discount_amt: 'Number',
        original_amt: 'Number',
        pay_channels: [
          {
            biz_order_id: 'Number',
            order_channel: 'String',
            pay_amount: 'Number',
            pay_type: 'Number',
            pos_no: 'String',
            store_id: 'String',
            trd_type: 'Number',
            actual_pay_amount: 'Number',
            adjust_amount: 'Number',
            promotion_card_info: 'String',
            pay_attributes: 'String',
            pmt_alipay_promotion_amt: 'Number',
            pmt_alipay_reduce_amt: 'Number',
            pmt_koubei_coupon_amt: 'Number',
            koubei_coupon_info: 'String',
          },
        ],
        pay_time: 'Date',
        post_fee: 'Number',
        store_id: 'String',
        sub_orders: [
          {
            biz_order_id: 'Number',
            promotion_discount_amt: 'Number',
            item_code: 'Number',
            original_amt: 'Number',
            parent_id: 'Number',
            price: 'Number',
            promotion_info: 'String',
            quantity: 'Number',
            store_id: 'String',
            trd_type: 'Number',
            member_discount_amt: 'Number',
            share_discount_amt: 'Number',
            sell_unit: 'String',
            ns_quantity: 'String',
            tb_biz_order_id: 'Number',
            pick_amount_stock: 'String',
            buy_amount_stock: 'String',
            member_point: 'String',
            order_type: 'String',
            txd_pmt_amt: 'Number',
            pick_amt: 'Number',
            order_status: 'String',
            status_change_time: 'String',
            stock_unit: 'String',
            sale_unit: 'String',
            trade_sub_attributes: 'String',
            sku_code: 'String',
            out_order_id: 'String',
            out_sku_code: 'String',
          },
        ],
        trd_type: 'Number',
        member_discount_amt: 'Number',
        member_card_num: 'String',
        operator_id: 'String',
        tb_biz_order_id: 'Number',
        operator_name: 'String',
        merchant_code: 'String',
        order_status: 'String',
        member_point: 'String',
        package_time: 'Date',
        gift_coupon: 'String',
        duty_code: 'String',
        trade_attributes: 'String',
        open_uid: 'String',
        order_from: 'Number',
        shop_id: 'String',
        out_shop_id: 'String',
        out_order_id: 'String',
        order_client: 'String',
        pay_amt: 'Number',
      },
    ],
    return_code: 'String',
    return_msg: 'String',
    total_number: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.order.get`: method, response root, request and response schemas. */
export const alibabaWdkOrderGetOperation = {
  method: 'alibaba.wdk.order.get',
  responseRoot: 'alibaba_wdk_order_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 交易订单详情查询 — calls TOP method `alibaba.wdk.order.get`.
 *
 * 五道口三江单据查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkOrderGet(
  client: TopClient,
  request: AlibabaWdkOrderGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkOrderGetResponse> {
  return client.call<AlibabaWdkOrderGetResponse>(
    {
      method: 'alibaba.wdk.order.get',
      responseRoot: 'alibaba_wdk_order_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
