// Generated from specs/traveltrade/alitrip.travel.trade.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.travel.trade.query` (飞猪度假-订单详情查询接口). */
export interface AlitripTravelTradeQueryRequest {
  /** 主订单id */
  order_id: Int64Input;
}

/** Response of `alitrip.travel.trade.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripTravelTradeQueryResponse {
  /** 交易主订单详情 */
  first_result?: AlitripTravelTradeQueryTopTripOrderResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTripOrderResult` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryTopTripOrderResult {
  /** 买家信息 */
  buyer_info?: AlitripTravelTradeQueryBuyerInfo;
  /** 订单创建时间 */
  created_time?: string;
  /** 交易结束时间。交易成功时间(更新交易状态为成功的同时更新)/确认收货时间或者交易关闭时间 */
  end_time?: string;
  /** 订单修改时间 */
  modified_time?: string;
  /** 主订单id */
  order_id?: Int64;
  /** 主订单支付信息 */
  pay_info?: AlitripTravelTradeQueryPayInfo;
  /** 主、子订单优惠信息 */
  promotion_details?: AlitripTravelTradeQueryPromotionDetail[];
  /** 卖家信息 */
  seller_info?: AlitripTravelTradeQuerySellerInfo;
  /** 主订单状态。交易状态。可选值: TRADE_NO_CREATE_PAY(没有创建支付宝交易)；WAIT_BUYER_PAY(等待买家付款)；SELLER_CONSIGNED_PART(卖家部分发货)；WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)；WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)；TRADE_FINISHED(交易成功)；TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)；TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)；PAY_PENDING(国际信用卡支付付款确认中); */
  status?: string;
  /** 主订单包含的各个子订单信息 */
  sub_orders?: AlitripTravelTradeQuerySubOrderInfo[];
  /** 交易类型列表，fixed(一口价);auction(拍卖);guarantee_trade(一口价、拍卖);auto_delivery(自动发货);cod(货到付款);external_trade(统一外部交易);instant_trade(即时交易);b2c_cod(大商家货到付款);nopaid(即时到帐);eticket(电子凭证订单);step(分阶段付款) */
  type?: string;
  /** 该笔订单是否押金合并支付订单（即该主订单是否已包含押金订单金额） */
  order_with_depo?: boolean;
  /** string类型订单id */
  order_id_string?: string;
  /** 订单邮费，需要邮寄的实体商品才有 */
  post_fee?: Int64;
  /** 评价对象 */
  score_details?: AlitripTravelTradeQueryScoreDetail[];
  /** 取消原因 */
  cancel_reason?: string;
  /** 评价xxxx */
  rate_content?: string;
}

/** `BuyerInfo` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryBuyerInfo {
  /** 买家邮件地址 */
  buyer_email?: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 买家联系方式 */
  buyer_phone?: string;
  /** 买家是否已评价 */
  buyer_rate?: boolean;
}

/** `PayInfo` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryPayInfo {
  /** 支付宝交易号 */
  alipay_no?: string;
  /** 系统优惠金额（如打折，VIP，满就送等），精确到2位小数，单位：分。 */
  discount_fee?: Int64;
  /** 订单付款时间 */
  pay_time?: string;
  /** 卖家实际收到的支付宝打款金额（由于子订单可以部分确认收货，这个金额会随着子订单的确认收货而不断增加，交易成功后等于买家实付款减去退款金额）。精确到2位小数;单位:分 */
  received_payment?: Int64;
  /** 分阶段付款的已付金额 */
  step_paid_fee?: Int64;
  /** 分阶段付款的订单状态，目前有三返回状态FRONT_NOPAID_FINAL_NOPAID(定金未付尾款未付)，FRONT_PAID_FINAL_NOPAID(定金已付尾款未付)，FRONT_PAID_FINAL_PAID(定金和尾款都付) */
  step_trade_status?: string;
}

/** `PromotionDetail` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryPromotionDetail {
  /** 优惠金额（免运费、限时打折时为空）,单位：分 */
  discount_fee?: string;
  /** 交易的主订单或子订单号 */
  id?: Int64;
  /** 优惠活动的描述 */
  promotion_desc?: string;
  /** 优惠id，(由营销工具id、优惠活动id和优惠详情id组成，结构为：营销工具id-优惠活动id_优惠详情id，如mjs-123024_211143） */
  promotion_id?: string;
  /** 优惠信息的名称 */
  promotion_name?: string;
}

/** `SellerInfo` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQuerySellerInfo {
  /** 卖家是否可以对订单进行评价 */
  seller_can_rate?: boolean;
  /** 卖家邮件地址 */
  seller_email?: string;
  /** 卖家备注旗帜（与淘宝网上订单的卖家备注旗帜对应，只有卖家才能查看该字段）红、黄、绿、蓝、紫 分别对应 1、2、3、4、5 */
  seller_flag?: Int64;
  /** 卖家备注 */
  seller_memo?: string;
  /** 卖家姓名 */
  seller_name?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 卖家联系方式 */
  seller_phone?: string;
  /** 卖家是否已评价。可选值:true(已评价),false(未评价) */
  seller_rate?: boolean;
  /** 卖家店铺名称 */
  seller_shop?: string;
}

/** `SubOrderInfo` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQuerySubOrderInfo {
  /** 卖家手工调整金额，单位：分 */
  adjust_fee?: Int64;
  /** 订单所属业务类型。0-未知，1-度假（自由行，跟团游），2-普通签证，3-门票，4-wifi，7-当地玩乐，9-邮轮，10-用车，12-电话卡，17-流量充值，18-港澳签注，20-旅行租赁 */
  biz_type?: Int64;
  /** 购买的商品信息（商品、sku信息，单价、数量、出行日期等信息） */
  buy_item_info?: AlitripTravelTradeQueryBuyItemInfo;
  /** 联系人/取件人信息。通用联系人信息，没有配置度假出行人模板的商品订单（如wifi电话卡等类目），从这里获取联系人或取件人信息 */
  contactor?: AlitripTravelTradeQueryTravellerInfo;
  /** 子订单优惠金额（如打折，VIP，满就送等），不包含带资优惠（如红包、旅行券）。单位：分 */
  discount_fee?: Int64;
  /** 子订单交易结束时间。交易成功时间(更新交易状态为成功的同时更新)/确认收货时间或者交易关闭时间 */
  end_time?: string;
  /** 子订单超时自动关单（卖家未能及时发货）时间 */
  expire_time?: string;
  /** 子订单扩展属性。KV对结构。每个KV对间使用分号隔开。如：k1:v1;k2:v2 */
  extend_attributes?: string;
  /** 订单类型。1、普通订单，2、二次确认订单，3、二次预约订单 */
  order_type?: Int64;
  /** 买家实付金额。单位：分 */
  payment?: Int64;
  /** 子订单退款编号。如果子订单没有发生退款，则该值为空 */
  refund_id?: Int64;
  /** 退款状态。WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意);WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货);WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货);SELLER_REFUSE_BUYER(卖家拒绝退款);CLOSED(退款关闭);SUCCESS(退款成功) */
  refund_status?: string;
  /** 子订单状态 */
  status?: string;
  /** 子订单id */
  sub_order_id?: Int64;
  /** 应付金额（商品价格 * 商品数量 + 手工调整金额 - 子订单优惠金额），大于等于payment，因为可能包含了带资优惠（如红包、旅行券）。单位：分 */
  total_fee?: Int64;
  /** 出行人信息 */
  travellers?: AlitripTravelTradeQueryTravellerInfo[];
  /** string类型子订单id */
  sub_order_id_string?: string;
  /** 订单处理时间 精确到秒 */
  process_time?: string;
  /** 二次确认状态，1、待商家确认 2、确认不通过 3、确认通过 4、过期未确认 5、买家申请退款成功 6、票号验证 */
  confirm_status?: Int64;
}

/** `BuyItemInfo` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryBuyItemInfo {
  /** 商品类目相关的扩展信息（不再推荐使用，建议使用category_ext_infos_json替代）。KV对形式，多个KV对以英文封号分隔，k1:v1;k2:v2。各类目支持的枚举key详见：https://open.alitrip.com/docs/doc.htm?docType=1&articleId=107548 */
  category_ext_infos?: string;
  /** 商品所属叶子类目id */
  category_id?: Int64;
  /** 商品id */
  item_id?: Int64;
  /** 商品标题 */
  item_title?: string;
  /** 购买的数量 */
  num?: Int64;
  /** 商家自定义的商品编码 */
  out_product_id?: string;
  /** sku_id对应的商家自定义sku编码（即商品上套餐的外部商家编码） */
  out_sku_id?: string;
  /** 商品价格 */
  price?: Int64;
  /** 用户所购买的商品上sku的id */
  sku_id?: Int64;
  /** 用户所购买的Sku信息。包含商品套餐名称（对于门票商品即指票种），出游人群信息等 */
  sku_properties?: string;
  /** 出行结束日期，如果没有出行结束日期，则该值为空。（对于wifi/电话卡商品 指激活/租用结束日期；对于流量充值商品 指结束使用日期） */
  trip_end_date?: string;
  /** 出行开始日期。（对于wifi/电话卡商品 指激活/租用日期；对于门票商品 指入园日期；对于流量充值商品 指开始使用日期） */
  trip_start_date?: string;
  /** 商品图片 */
  item_image?: string;
  /** 商品类目相关的扩展信息，JSON格式。各类目支持的枚举key详见：https://open.alitrip.com/docs/doc.htm?docType=1&articleId=107548 */
  category_ext_infos_json?: string;
  /** 场次开始时间 */
  fs_end_time?: string;
  /** 场次结束时间 */
  fs_start_time?: string;
}

/** `TravellerInfo` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryTravellerInfo {
  /** 出生日期，格式yyyy-mm-dd */
  birthday?: string;
  /** 证件号码 */
  credential_no?: string;
  /** 证件类型。0:身份证 1:护照 2:学生证3:军官证 4:回乡证 5:台胞证 6:港澳通行证 10:警官证 11:士兵证 12:台湾通行证 */
  credential_type?: Int64;
  /** 联系电子邮箱 */
  email?: string;
  /** 预留，KV对形式，商家自定义的个性化出行人信息。目前支持的Key列表如下：overseaPhoneNumber（国外手机号），emergencyPhoneNumber（紧急联系方式），memo（备注） */
  extend_attributes?: string;
  /** 证件签发国 */
  issue_country?: string;
  /** 证件签发地 */
  issue_place?: string;
  /** 姓名 */
  name?: string;
  /** 姓名（拼音） */
  name_pinyin?: string;
  /** 国籍 */
  nationality?: string;
  /** 联系电话 */
  phone?: string;
  /** 具体收件地址（对于需要物流的实物商品） */
  post_address?: string;
  /** 收件区域 */
  post_area?: string;
  /** 收件市（对于需要物流的实物商品） */
  post_city?: string;
  /** 收件省（对于需要物流的实物商品） */
  post_province?: string;
  /** 性别。0-男，1-女 */
  sex?: Int64;
  /** 证件有效期 */
  valid_date?: string;
  /** 姓（拼音） */
  surname_pinyin?: string;
  /** 名（拼音） */
  given_name_pinyin?: string;
  /** 预留，暂时无用 */
  extend_attributes_json?: string;
}

/** `ScoreDetail` of `alitrip.travel.trade.query`. */
export interface AlitripTravelTradeQueryScoreDetail {
  /** 评价内容 */
  content?: string;
  /** 评价分数 */
  score?: string;
  /** 评价维度 */
  dimension_name?: string;
}

const REQUEST_SCHEMA = {
  order_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  first_result: {
    buyer_info: {
      buyer_email: 'String',
      buyer_message: 'String',
      buyer_nick: 'String',
      buyer_phone: 'String',
      buyer_rate: 'Boolean',
    },
    created_time: 'Date',
    end_time: 'Date',
    modified_time: 'Date',
    order_id: 'Number',
    pay_info: {
      alipay_no: 'String',
      discount_fee: 'Number',
      pay_time: 'Date',
      received_payment: 'Number',
      step_paid_fee: 'Number',
      step_trade_status: 'String',
    },
    promotion_details: [
      {
        discount_fee: 'String',
        id: 'Number',
        promotion_desc: 'String',
        promotion_id: 'String',
        promotion_name: 'String',
      },
    ],
    seller_info: {
      seller_can_rate: 'Boolean',
      seller_email: 'String',
      seller_flag: 'Number',
      seller_memo: 'String',
      seller_name: 'String',
      seller_nick: 'String',
      seller_phone: 'String',
      seller_rate: 'Boolean',
      seller_shop: 'String',
    },
    status: 'String',
    sub_orders: [
      {
        adjust_fee: 'Number',
        biz_type: 'Number',
        buy_item_info: {
          category_ext_infos: 'String',
          category_id: 'Number',
          item_id: 'Number',
          item_title: 'String',
          num: 'Number',
          out_product_id: 'String',
          out_sku_id: 'String',
          price: 'Number',
          sku_id: 'Number',
          sku_properties: 'String',
          trip_end_date: 'Date',
          trip_start_date: 'Date',
          item_image: 'String',
          category_ext_infos_json: 'String',
          fs_end_time: 'String',
          fs_start_time: 'String',
        },
        contactor: {
          birthday: 'String',
          credential_no: 'String',
          credential_type: 'Number',
          email: 'String',
          extend_attributes: 'String',
          issue_country: 'String',
          issue_place: 'String',
          name: 'String',
          name_pinyin: 'String',
          nationality: 'String',
          phone: 'String',
          post_address: 'String',
          post_area: 'String',
          post_city: 'String',
          post_province: 'String',
          sex: 'Number',
          valid_date: 'String',
          surname_pinyin: 'String',
          given_name_pinyin: 'String',
          extend_attributes_json: 'String',
        },
        discount_fee: 'Number',
        end_time: 'Date',
        expire_time: 'Date',
        extend_attributes: 'String',
        order_type: 'Number',
        payment: 'Number',
        refund_id: 'Number',
        refund_status: 'String',
        status: 'String',
        sub_order_id: 'Number',
        total_fee: 'Number',
        travellers: [
          {
            birthday: 'String',
            credential_no: 'String',
            credential_type: 'Number',
            email: 'String',
            extend_attributes: 'String',
            issue_country: 'String',
            issue_place: 'String',
            name: 'String',
            name_pinyin: 'String',
            nationality: 'String',
            phone: 'String',
            post_address: 'String',
            post_area: 'String',
            post_city: 'String',
            post_province: 'String',
            sex: 'Number',
            valid_date: 'String',
            surname_pinyin: 'String',
            given_name_pinyin: 'String',
            extend_attributes_json: 'String',
          },
        ],
        sub_order_id_string: 'String',
        process_time: 'String',
        confirm_status: 'Number',
      },
    ],
    type: 'String',
    order_with_depo: 'Boolean',
    order_id_string: 'String',
    post_fee: 'Number',
    score_details: [
      {
        content: 'String',
        score: 'String',
        dimension_name: 'String',
      },
    ],
    cancel_reason: 'String',
    rate_content: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.travel.trade.query`: method, response root, request and response schemas. */
export const alitripTravelTradeQueryOperation = {
  method: 'alitrip.travel.trade.query',
  responseRoot: 'alitrip_travel_trade_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 飞猪度假-订单详情查询接口 — calls TOP method `alitrip.travel.trade.query`.
 *
 * 飞猪度假订单详情查询接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripTravelTradeQuery(
  client: TopClient,
  request: AlitripTravelTradeQueryRequest,
  options?: CallOptions,
): Promise<AlitripTravelTradeQueryResponse> {
  return client.call<AlitripTravelTradeQueryResponse>(
    {
      method: 'alitrip.travel.trade.query',
      responseRoot: 'alitrip_travel_trade_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
