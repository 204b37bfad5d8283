// Generated from specs/xhotelonlineorder/taobao.xhotel.order.detail.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.xhotel.order.detail.search` (订单详情查询). */
export interface TaobaoXhotelOrderDetailSearchRequest {
  /** 外部订单号 */
  out_oid?: string;
  /** 外部订单号 */
  tid?: Int64Input;
}

/** Response of `taobao.xhotel.order.detail.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoXhotelOrderDetailSearchResponse {
  /** 订单详情对象 */
  top_order_detail?: TaobaoXhotelOrderDetailSearchTopOrderDetail;
  /** 错误编号 */
  error?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopOrderDetail` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderDetail {
  /** 卖家没有确认直接关单剩余时间 */
  close_order_rest_second?: Int64;
  /** 飞猪酒店ID */
  hid?: Int64;
  /** rp名称 */
  rp_name?: string;
  /** 飞猪rpid */
  rpid?: Int64;
  /** 完结时间 */
  end_time?: string;
  /** 订单类型 */
  type?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 订单关联包信息： topOrderPackageDO */
  top_order_package?: TaobaoXhotelOrderDetailSearchTopOrderPackageDo;
  /** 商家订单ID */
  out_oid?: string;
  /** 下单时间 */
  created?: string;
  /** 酒店名称 */
  hotel_name?: string;
  /** 住几晚 */
  nights?: Int64;
  /** 飞猪订单ID */
  tid?: Int64;
  /** 订单垂直属性信息 */
  top_info_map?: TaobaoXhotelOrderDetailSearchTopinfomap;
  /** 外部订单的下单确认码 */
  out_confirm_code?: string;
  /** 交易状态 */
  trade_status?: string;
  /** 支付宝交易流水号 */
  alipay_trade_no?: string;
  /** 商家酒店Code */
  hotel_code?: string;
  /** 商家rpcode */
  rp_code?: string;
  /** 是否包房 */
  reserved_room_order?: boolean;
  /** 关联子订单对象 */
  top_relation_orders?: TaobaoXhotelOrderDetailSearchTopRelationOrder[];
  /** 是否拆单 */
  split_order?: boolean;
  /** 酒店订单卖家信息 */
  hotel_order_seller?: TaobaoXhotelOrderDetailSearchHotelOrderSellerDo;
  /** 联系人名称 */
  contact_name?: string;
  /** 渠道企业名称 */
  out_source_corp_name?: string;
  /** 预定状态 面付信用住有效 */
  booking_status?: Int64;
  /** 外部订单号 */
  out_order_id?: string;
  /** 商家房型Code */
  room_type_code?: string;
  /** 消费码 全场景消费 */
  related_code?: string;
  /** 统一订单状态，与union_status_value相对应。101:已下单;102:已付款;103:确认有房;104:交易成功;105:申请退款;106:卖家拒绝退款;108:订单关闭;109:退款成功;522:买家待支付;501:已下单;502:确认有房;503:确认前用户取消;504:确认无房;505:买家入住;506:系统自动核实入住成功;507:确认后用户取消;508:卖家核实未入住NoShow;601:已下单;602:确认有房;603:确认前用户取消;604:确认无房;605:买家入住;606:系统自动核实入住成功;607:确认后用户取消;608:卖家核实未入住NoShow;609:买家离店;610:结账中;611:结账成功;612:结账失败追账中;613:追账成功;614:NOSHOW结账中;615:NOSHOW结账成功;616:NOSHOW结账失败;617:NOSHOW追账成功;618:结账取消;619:系统自动核实未入住成功;620:结账失败追账失败;621:结账失败追账成功;701:已下单;702:确认有房;703:用户取消;704:确认无房;705:买家入住;709:买家离店;710:取消中 */
  union_status_text?: string;
  /** 入住时间 */
  checkin_date?: string;
  /** List */
  top_daily_infos?: TaobaoXhotelOrderDetailSearchTopDailyInfo[];
  /** 房间数 */
  room_number?: Int64;
  /** 物流状态描述 */
  logistics_status_text?: string;
  /** 订单确认时长 */
  confirm_duration?: Int64;
  /** 离店时间 */
  checkout_date?: string;
  /** 海外酒店信息 */
  top_overseas_price_info?: TaobaoXhotelOrderDetailSearchTopOverseasPriceInfoDo;
  /** 是否需要确认号 */
  need_confirm_no?: boolean;
  /** 是否展示“卖家延迟按钮” */
  show_seller_delay_confirm_button?: boolean;
  /** 最晚到店时间 */
  arrive_late?: string;
  /** 联系人电话 */
  contact_phone?: string;
  /** 是否保留房 */
  block_room_order?: boolean;
  /** 用户支付费用 */
  payment?: Int64;
  /** 订单取消原因 */
  refund_reason?: string;
  /** topPromotion */
  top_promotion?: TaobaoXhotelOrderDetailSearchTopPromotion;
  /** 飞猪房型ID */
  rid?: Int64;
  /** 最早到店时间 */
  arrive_early?: string;
  /** 子订单类型 */
  sub_type?: Int64;
  /** 总房费 */
  total_room_price?: Int64;
  /** outSource */
  out_source?: string;
  /** 房型名称 */
  room_type_name?: string;
  /** List */
  top_order_guests?: TaobaoXhotelOrderDetailSearchTopOrderGuest[];
  /** 统一订单状态 */
  union_status_value?: Int64;
  /** 发票抬头 */
  invoice_title?: string;
  /** 其他费用 */
  other_fee?: Int64;
  /** memo */
  memo?: string;
  /** 物流状态值 */
  logistics_status_value?: Int64;
  /** 支付状态 */
  pay_status?: Int64;
  /** 担保类型 */
  guarantee_type?: Int64;
  /** 担保id */
  fund_id?: Int64;
  /** 取消规则描述 */
  cancel_policy_desc?: string;
  /** 是否即时确认 */
  tag_jsqr?: boolean;
  /** 房价id */
  rate_id?: string;
  /** 税和费，单位分 */
  tax_and_fee?: Int64;
  /** topDomesticPriceInfoDO */
  top_domestic_price_info?: TaobaoXhotelOrderDetailSearchTopDomesticPriceInfoDo;
  /** 用户实际支付金额 */
  user_real_payment?: Int64;
  /** gmtModified */
  gmt_modified?: string;
  /** vendor */
  vendor?: string;
  /** 信用卡vcc信息 */
  credit_card?: TaobaoXhotelOrderDetailSearchCreditCard;
  /** 退款状态，1：买家已经申请退款，等待卖家同意;4:退款关闭;5:退款成功;6:卖家拒绝退款;9:没有申请退款 */
  refund_status?: string;
  /** 退款金额 单位为分 */
  refund_amout?: Int64;
  /** 退款信息 */
  post_trade_refund?: TaobaoXhotelOrderDetailSearchTopPostTradeRefundDo;
  /** 销售渠道 */
  channel?: string;
  /** 城市code */
  city?: Int64;
  /** 支付类型 */
  payment_type?: string;
  /** 发票状态 */
  invoice_status?: string;
  /** 订单来源类型 */
  order_source_type?: string;
  /** topInvoiceDO */
  top_invoice?: TaobaoXhotelOrderDetailSearchTopInvoiceDo;
  /** 退款原因类型如101，503之类 */
  refund_reason_type?: Int64;
  /** 入住人数（rate维度） */
  max_occupancy?: Int64;
  /** com.taobao.trip.htq.top.result.TopOrderCouponDO */
  top_order_coupon_d_o?: TaobaoXhotelOrderDetailSearchTopOrderCouponDo;
  /** OrderPromotionDO */
  promotion?: TaobaoXhotelOrderDetailSearchOrderPromotionDo;
  /** 原始rp信息 */
  rp_ori_name?: string;
}

/** `TopOrderPackageDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderPackageDo {
  /** 套餐详情 */
  order_package_details?: TaobaoXhotelOrderDetailSearchTopOrderPackageDetail[];
  /** 描述 */
  order_package_desc?: string;
}

/** `TopOrderPackageDetail` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderPackageDetail {
  /** 景区地址 */
  scenic_address?: string;
  /** 景区名称 */
  scenic_name?: string;
  /** 图文详情 */
  how_to_play?: string;
  /** 景区id */
  scenic_id?: Int64;
  /** 套餐数量单位 */
  amount_unit?: string;
  /** 套餐数量 */
  amount?: Int64;
  /** 套餐优惠金额 */
  discount_price?: Int64;
  /** 附加产品使用维度 1:每间维度 2:每晚维度 3：入住人数维度 */
  dimension_text?: string;
  /** 套餐类型名称 */
  type_name?: string;
  /** 套餐类型 */
  type?: Int64;
  /** 套餐名称 */
  name?: string;
  /** 套餐ID */
  package_id?: Int64;
  /** 景点封面图 */
  scenic_cover_img?: string;
}

/** `Topinfomap` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopinfomap {
  /** hbsEgOrder */
  hbs_eg_order?: string;
  /** hbsBuyerAlipayNo */
  hbs_buyer_alipay_no?: string;
  /** preChangePromotionFlag */
  pre_change_promotion_flag?: string;
  /** 凌晨入住订单 */
  morning_buy?: string;
  /** cancelType */
  cancel_type?: string;
  /** 卖家延迟确认时间，单位分钟 */
  seller_delay_confirm_time?: string;
  /** currencyType */
  currency_type?: string;
  /** hbsBedType */
  hbs_bed_type?: string;
  /** umid */
  umid?: string;
  /** hbsOldPromotionamt */
  hbs_old_promotionamt?: string;
  /** hbsMaxOtherFee */
  hbs_max_other_fee?: string;
  /** cancelPolicyJson */
  cancel_policy_json?: string;
  /** hbsAlipayMobile */
  hbs_alipay_mobile?: string;
  /** pms订单号 */
  hbs_pms_order_id?: string;
  /** hbsHotelOutId */
  hbs_hotel_out_id?: string;
  /** hbsCreditSettle */
  hbs_credit_settle?: string;
  /** ebookingDirectTag */
  ebooking_direct_tag?: string;
  /** hbsOldPayment */
  hbs_old_payment?: string;
  /** 身份证线下信用住 */
  hbs_card_alipay_order?: string;
  /** promotionSnapKey */
  promotion_snap_key?: string;
  /** hbsAllTags */
  hbs_all_tags?: string;
  /** 是否直连订单 */
  hbs_direct?: string;
  /** 底价加价 */
  upset_price?: string;
  /** 是否包房 */
  reserved_room?: string;
  /** 是否保留房 */
  block_room?: string;
  /** 渠道企业名称 */
  hbs_out_source_corp_name?: string;
  /** 扫码信用住 */
  hbs_scan_code_order?: string;
  /** 商旅企业支付订单标识，1为是 */
  btrip_corporate_pay?: string;
  /** 是否是在线预约订单 */
  online_booking_room?: string;
  /** b2g标识 */
  b2g_flag?: string;
  /** hbsSelfHelpCheckIn */
  hbs_self_help_check_in?: string;
  /** 小时房标识 1:小时房 */
  hbs_xiao_shi_fang?: string;
  /** 小时房时长 */
  hbs_hourage?: string;
  /** 预约发票标识 */
  advance_invocie_tag?: string;
  /** 小时房可入住时间 */
  hour_room_reserved_time?: string;
  /** 小时房最晚离店时间 */
  hour_room_leave_time?: string;
  /** 小时房到店时间 */
  hour_room_arrive_time?: string;
  /** 信用住升级订单 */
  credit_pay_order?: string;
  /** 是否是菲住联盟会员 true or false */
  is_fz_member_order?: string;
  /** 会员卡卡号 */
  booker_member_card_no?: string;
  /** 信用支付因取消的扣款费用的人民币，单位：分 */
  credit_pay_cancel_fee?: Int64;
  /** 渠道企业id */
  hbs_out_source_corp_id?: string;
  /** 售卖会员价 */
  selling_member_price?: Int64;
  /** 售卖价 */
  selling_price?: Int64;
  /** 飞猪会员等级 */
  fliggy_member_level?: string;
  /** 是否是菲住会员 */
  is_fz_member?: string;
  /** 合并支付会员卡订单号 */
  member_card_order_id?: string;
  /** 订单间夜优惠明细,其中其中day:日期，sellerFullReduce:当日满减卖家优惠，sellerOtherReduce:当日非满减卖家优惠，sellerFullReduceAll:总满减卖家优惠，sellerOtherReduceAll:总非满减卖家优惠 */
  night_promotion_detail?: string;
}

/** `TopRelationOrder` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopRelationOrder {
  /** 订单tid */
  tid?: Int64;
  /** 订单状态 */
  order_status?: string;
  /** 房型名称 */
  room_type_name?: string;
  /** 联系人名称 */
  contact_name?: string;
  /** 入住时间 */
  check_in_date?: string;
  /** 离店时间 */
  check_out_date?: string;
  /** 联系手机号 */
  contact_phone?: string;
  /** 统一订单状态 */
  union_status_text?: string;
  /** 统一订单状态 */
  union_status_value?: string;
  /** 支付状态 */
  pay_status?: Int64;
  /** 房间数 */
  room_number?: Int64;
  /** 入住天数 */
  nights?: Int64;
  /** 支付金额 */
  payment?: Int64;
}

/** `HotelOrderSellerDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchHotelOrderSellerDo {
  /** 支付类型 */
  payment?: TaobaoXhotelOrderDetailSearchOrderSellerPaymentDo;
  /** 卖家结账单信息 */
  settle_payment?: TaobaoXhotelOrderDetailSearchOrderSettleDo;
}

/** `OrderSellerPaymentDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchOrderSellerPaymentDo {
  /** 下单时刻营销后金额 */
  promotion_create_price?: Int64;
  /** 下单时刻营销后金额 */
  after_promotion_create_price?: Int64;
  /** 总房费 */
  total_room_price?: Int64;
  /** 每日价格 */
  daily_infos?: TaobaoXhotelOrderDetailSearchHbsDailyPriceDo;
  /** 优惠后外币金额 */
  after_promotion_current_price?: Int64;
  /** 优惠外币金额 */
  promotion_current_price?: Int64;
}

/** `HbsDailyPriceDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchHbsDailyPriceDo {
  /** 币种 */
  currency_code?: string;
  /** 汇率 */
  exchange_rate?: string;
  /** 每日价格 */
  daily_prices?: TaobaoXhotelOrderDetailSearchDailyPriceTo[];
}

/** `DailyPriceTo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchDailyPriceTo {
  /** 外币价格 */
  foreign_currency_price?: Int64;
  /** 积分数 */
  point?: Int64;
  /** 淘里程数 */
  mileage?: Int64;
  /** 币种名称 */
  currency_code_name?: string;
  /** 价格 */
  price?: Int64;
  /** 税费 */
  tax_price?: Int64;
  /** 早餐数 */
  break_fast_count?: Int64;
  /** 日期 */
  day?: string;
  /** 优惠后金额 */
  after_promotion_price?: Int64;
  /** 基础金额 */
  base_price?: Int64;
  /** 税费外币金额 */
  tax_foreign_price?: Int64;
  /** servicePrice */
  service_price?: Int64;
  /** serviceForeignPrice */
  service_foreign_price?: Int64;
  /** 外币底价 */
  base_foreign_price?: Int64;
}

/** `OrderSettleDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchOrderSettleDo {
  /** 平台优惠金额 */
  plat_promotion_price?: Int64;
  /** 其他费用 */
  other_fee?: Int64;
  /** 房费 */
  room_price?: Int64;
  /** 结账金额 */
  order_settle_price?: Int64;
  /** 实际结账日历 */
  settle_daily_price?: TaobaoXhotelOrderDetailSearchHbsDailyPriceDo;
  /** 卖家优惠金额 */
  promotion_price?: Int64;
}

/** `TopDailyInfo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopDailyInfo {
  /** 价格 */
  price?: Int64;
  /** 早餐数 */
  break_fast_count?: Int64;
  /** 日期 */
  day?: string;
  /** 加价金额 */
  extra_add_price?: Int64;
}

/** `TopOverseasPriceInfoDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOverseasPriceInfoDo {
  /** 币种 */
  currency_code?: string;
  /** 产品售价,单位(元*100),包含税服务费等 */
  booking_product_sale_price?: Int64;
  /** 买家应付包含杂费,单位(元*100) */
  buyer_payment?: Int64;
  /** 税费,单位(元*100) */
  tax_price?: Int64;
  /** 卖家应收包含杂费,单位(元*100) */
  seller_payment?: Int64;
  /** 结账杂费,单位(元*100) */
  other_fee?: Int64;
  /** 服务费,单位(元*100) */
  booking_service_price?: Int64;
  /** 下单时汇率 */
  booking_rate?: string;
  /** 当前汇率 */
  rate?: string;
  /** 下单时刻卖家应收 */
  book_seller_payment?: Int64;
  /** 税费,单位(元*100) */
  booking_tax_price?: Int64;
  /** 总价包含杂费,单位(元*100) */
  total_payment?: Int64;
  /** 离店日汇率 */
  checkout_rate?: string;
  /** 担保金(元*100) */
  fund_price?: Int64;
  /** 结账产品售价,单位(元*100),包含税服务费等 */
  settle_product_sale_price?: Int64;
  /** 服务费,单位(元*100) */
  service_price?: Int64;
  /** 日历价格 */
  create_order_daily_price?: TaobaoXhotelOrderDetailSearchHbsDailyPriceDo2;
  /** bookingRoomsPrice */
  booking_rooms_price?: Int64;
  /** settleOrderDailyPrice */
  settle_order_daily_price?: TaobaoXhotelOrderDetailSearchHbsDailyPriceDo2;
  /** 房费 */
  rooms_price?: Int64;
  /** 底价房费 */
  base_price?: Int64;
  /** 下单时底价房费 */
  booking_base_price?: Int64;
}

/** `HbsDailyPriceDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchHbsDailyPriceDo2 {
  /** 日历价格详情 */
  daily_prices?: TaobaoXhotelOrderDetailSearchDailyPriceTo2[];
}

/** `DailyPriceTo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchDailyPriceTo2 {
  /** 日期 */
  day?: string;
  /** 价格 */
  price?: Int64;
  /** 早餐 */
  break_fast_count?: Int64;
  /** 税费人民币金额 */
  tax_price?: Int64;
  /** 外币金额 */
  foreign_currency_price?: Int64;
  /** 服务费人民币金额 */
  service_price?: Int64;
  /** 税费外币金额 */
  tax_foreign_price?: Int64;
  /** 服务费外币金额 */
  service_foreign_price?: Int64;
  /** 外币底价 */
  base_foreign_price?: Int64;
  /** 人民币底价 */
  base_price?: Int64;
}

/** `TopPromotion` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopPromotion {
  /** topCreateOrderPromotion */
  top_create_order_promotion?: TaobaoXhotelOrderDetailSearchTopOrderPromotionDetail;
  /** topCurrentOrderPromotion */
  top_current_order_promotion?: TaobaoXhotelOrderDetailSearchTopOrderPromotionDetail2;
  /** topOrderPromotionExtend */
  top_order_promotion_extend?: TaobaoXhotelOrderDetailSearchTopOrderPromotionExtend;
}

/** `TopOrderPromotionDetail` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderPromotionDetail {
  /** 返现金额 */
  cash_back_amount?: Int64;
  /** 卖家立减 */
  seller_decrease?: Int64;
  /** topHotelPromotions */
  top_hotel_promotions?: TaobaoXhotelOrderDetailSearchTopHotelPromotion[];
  /** 立减金额 */
  decrease?: Int64;
  /** 平台立减金额 */
  platform_decrease?: Int64;
}

/** `TopHotelPromotion` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopHotelPromotion {
  /** 消費里程数 */
  consume_mileage?: Int64;
  /** 订单命中的优惠计算规则描述(由优惠计算规则解析后的文本形式) */
  rule_desc?: string;
  /** 活动优惠描述 */
  promotion_desc?: string;
  /** 活动使用的优惠金额，以分为单位 */
  amount?: Int64;
  /** 活动使用的卖家优惠金额，以分为单位 */
  seller_amount?: Int64;
  /** 活动使用优惠次数 */
  times?: Int64;
  /** 活动展示优先级（越大优先级越高） */
  priority?: Int64;
  /** tid */
  tid?: Int64;
  /** 优惠的呈现方式,目前有如下定义:,1. 金额类优惠,2. 使用次数类优惠,3. 权益类优惠,4. 后返类优惠 */
  amount_type?: Int64;
  /** 活动Icon文案描述 */
  activity_icon_desc?: string;
  /** 活动分组名称 */
  activity_group_name?: string;
  /** 对应的航旅平台活动规则 */
  activity_code?: string;
  /** 活动使用的折扣 */
  discount?: Int64;
  /** 优惠计算规则类型 */
  rule_type?: Int64;
  /** 优惠维度 */
  rule_target?: Int64;
  /** 是否"积分加钱购"类型活动 */
  integral_activity?: boolean;
  /** 使用的活动规则code */
  rule_code?: string;
  /** 卖家系统中的活动名称 */
  activity_name?: string;
  /** 出资方是否卖家还是平台 */
  investor_type?: Int64;
}

/** `TopOrderPromotionDetail` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderPromotionDetail2 {
  /** 返现金额 */
  cash_back_amount?: Int64;
  /** 卖家立减金额 */
  seller_decrease?: Int64;
  /** topHotelPromotions */
  top_hotel_promotions?: TaobaoXhotelOrderDetailSearchTopHotelPromotion2[];
  /** 立减金额 */
  decrease?: Int64;
  /** 平台立减金额 */
  platform_decrease?: Int64;
}

/** `TopHotelPromotion` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopHotelPromotion2 {
  /** 规则描述 */
  rule_desc?: string;
  /** 出资方 */
  investor_type?: string;
  /** 金额 */
  amount?: Int64;
  /** 卖家金额 */
  seller_amount?: Int64;
  /** 优惠次数 */
  times?: Int64;
  /** 优惠类型 */
  amount_type?: Int64;
  /** 活动编号 */
  activity_code?: string;
  /** 规则类型 */
  rule_type?: Int64;
  /** 优惠目标（1：订单总额，2：每间夜，3：首晚） */
  rule_target?: Int64;
  /** 规则编号 */
  rule_code?: string;
  /** 活动名称 */
  activity_name?: string;
}

/** `TopOrderPromotionExtend` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderPromotionExtend {
  /** topDailySellerPromotions */
  top_daily_seller_promotions?: TaobaoXhotelOrderDetailSearchTopDailySellerPromotion[];
}

/** `TopDailySellerPromotion` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopDailySellerPromotion {
  /** 日期 */
  date?: string;
  /** 卖家优惠金额 */
  seller_promotion?: Int64;
}

/** `TopOrderGuest` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderGuest {
  /** 住客类型 */
  customer_type?: Int64;
  /** 住客编号 */
  person_no?: Int64;
  /** 名称 */
  name?: string;
  /** 年龄 */
  age?: Int64;
  /** 房间编号 */
  room_no?: Int64;
}

/** `TopDomesticPriceInfoDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopDomesticPriceInfoDo {
  /** createOrderDailyPrice */
  create_order_daily_price?: TaobaoXhotelOrderDetailSearchHbsDailyPriceDo3;
  /** taxPrice */
  tax_price?: Int64;
  /** roomsPrice */
  rooms_price?: Int64;
  /** servicePrice */
  service_price?: Int64;
  /** otherFee */
  other_fee?: Int64;
  /** bookingRoomsPrice */
  booking_rooms_price?: Int64;
  /** bookingTaxPrice */
  booking_tax_price?: Int64;
  /** bookingServicePrice */
  booking_service_price?: Int64;
  /** settleOrderDailyPrice */
  settle_order_daily_price?: TaobaoXhotelOrderDetailSearchHbsDailyPriceDo4;
  /** basePrice */
  base_price?: Int64;
  /** bookingBasePrice */
  booking_base_price?: Int64;
}

/** `HbsDailyPriceDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchHbsDailyPriceDo3 {
  /** 每日价格 */
  daily_prices?: TaobaoXhotelOrderDetailSearchDailyPriceTo3[];
}

/** `DailyPriceTo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchDailyPriceTo3 {
  /** 税费 */
  tax_price?: Int64;
  /** 早餐 */
  break_fast_count?: Int64;
  /** 价格 */
  price?: Int64;
  /** 日期 */
  day?: string;
  /** basePrice */
  base_price?: Int64;
  /** 外币底价 */
  base_foreign_price?: Int64;
}

/** `HbsDailyPriceDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchHbsDailyPriceDo4 {
  /** dailyPrices */
  daily_prices?: TaobaoXhotelOrderDetailSearchDailyPriceTo4[];
}

/** `DailyPriceTo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchDailyPriceTo4 {
  /** 税费 */
  tax_price?: Int64;
  /** 早餐数 */
  break_fast_count?: Int64;
  /** 房价 */
  price?: Int64;
  /** 日期 */
  day?: string;
  /** basePrice */
  base_price?: Int64;
  /** 外币底价 */
  base_foreign_price?: string;
}

/** `CreditCard` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchCreditCard {
  /** 信用卡cvv */
  cvv_code?: string;
  /** 信用卡卡号 */
  card_number?: string;
  /** 客人选择的有效期格式: 月/年 */
  expiration_date?: string;
  /** 卡类型,AX,MC,DC,VA */
  card_code?: string;
  /** 持卡人姓名 */
  card_holder_name?: string;
}

/** `TopPostTradeRefundDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopPostTradeRefundDo {
  /** 退款成功时间 */
  refund_suc_time?: string;
  /** 创建退款申请时的额外描述 */
  remark?: string;
  /** 申请的退款金额（单位：分） */
  refund_amount?: Int64;
  /** 引起退款申请的类型描述 */
  refund_reason?: string;
  /** 售后退款类型,1:买家取消订单，创建退款申请;2:卖家发起协商取消;3:卖家用户协商一致后，小二执行退款操作;4:卖家发起协商取消退款,系统收到买家确认短信后进行退款 */
  post_trade_refund_type?: Int64;
  /** 退款状态,1:退款申请已创建;2:退款申请已拒绝;3:退款处理中;4:退款已成功;5:退款失败;6: 退款申请已取消 */
  post_trade_refund_status?: Int64;
  /** 退款发起时间 */
  create_time?: string;
  /** tid */
  tid?: Int64;
}

/** `TopInvoiceDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopInvoiceDo {
  /** 发票提供方:0未知 1酒店前台，2卖家开具 */
  provider_type?: Int64;
}

/** `TopOrderCouponDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchTopOrderCouponDo {
  /** 卡劵名称 */
  coupon_title?: string;
  /** 卡劵模块id */
  coupon_biz_type?: Int64;
  /** 卡劵订单号 */
  coupon_out_biz_id?: string;
  /** 是否可拆分 */
  can_split?: boolean;
  /** 面额 */
  face_value?: string;
  /** 单间夜面额 */
  room_night_face_value?: string;
  /** 卡劵说明 */
  instruction?: string;
}

/** `OrderPromotionDo` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchOrderPromotionDo {
  /** OrderPromotionDetail */
  current_order_promotion?: TaobaoXhotelOrderDetailSearchOrderPromotionDetail;
}

/** `OrderPromotionDetail` of `taobao.xhotel.order.detail.search`. */
export interface TaobaoXhotelOrderDetailSearchOrderPromotionDetail {
  /** 优惠日历数据，如{时间:{\"amount\":每日优惠金额,},时间:{\"amount\":每日优惠金额}} */
  daily_hotel_promotion?: string;
  /** 总卖家优惠 */
  seller_decrease?: Int64;
}

const REQUEST_SCHEMA = {
  out_oid: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  top_order_detail: {
    close_order_rest_second: 'Number',
    hid: 'Number',
    rp_name: 'String',
    rpid: 'Number',
    end_time: 'Date',
    type: 'Number',
    pay_time: 'Date',
    top_order_package: {
      order_package_details: [
        {
          scenic_address: 'String',
          scenic_name: 'String',
          how_to_play: 'String',
          scenic_id: 'Number',
          amount_unit: 'String',
          amount: 'Number',
          discount_price: 'Number',
          dimension_text: 'String',
          type_name: 'String',
          type: 'Number',
          name: 'String',
          package_id: 'Number',
          scenic_cover_img: 'String',
        },
      ],
      order_package_desc: 'String',
    },
    out_oid: 'String',
    created: 'Date',
    hotel_name: 'String',
    nights: 'Number',
    tid: 'Number',
    top_info_map: {
      hbs_eg_order: 'String',
      hbs_buyer_alipay_no: 'String',
      pre_change_promotion_flag: 'String',
      morning_buy: 'String',
      cancel_type: 'String',
      seller_delay_confirm_time: 'String',
      currency_type: 'String',
      hbs_bed_type: 'String',
      umid: 'String',
      hbs_old_promotionamt: 'String',
      hbs_max_other_fee: 'String',
      cancel_policy_json: 'String',
      hbs_alipay_mobile: 'String',
      hbs_pms_order_id: 'String',
      hbs_hotel_out_id: 'String',
      hbs_credit_settle: 'String',
      ebooking_direct_tag: 'String',
      hbs_old_payment: 'String',
      hbs_card_alipay_order: 'String',
      promotion_snap_key: 'String',
      hbs_all_tags: 'String',
      hbs_direct: 'String',
      upset_price: 'String',
      reserved_room: 'String',
      block_room: 'String',
      hbs_out_source_corp_name: 'String',
      hbs_scan_code_order: 'String',
      btrip_corporate_pay: 'String',
      online_booking_room: 'String',
      b2g_flag: 'String',
      hbs_self_help_check_in: 'String',
      hbs_xiao_shi_fang: 'String',
      hbs_hourage: 'String',
      advance_invocie_tag: 'String',
      hour_room_reserved_time: 'String',
      hour_room_leave_time: 'String',
      hour_room_arrive_time: 'String',
      credit_pay_order: 'String',
      is_fz_member_order: 'String',
      booker_member_card_no: 'String',
      credit_pay_cancel_fee: 'Number',
      hbs_out_source_corp_id: 'String',
      selling_member_price: 'Number',
      selling_price: 'Number',
      fliggy_member_level: 'String',
      is_fz_member: 'String',
      member_card_order_id: 'String',
      night_promotion_detail: 'String',
    },
    out_confirm_code: 'String',
    trade_status: 'String',
    alipay_trade_no: 'String',
    hotel_code: 'String',
    rp_code: 'String',
    reserved_room_order: 'Boolean',
    top_relation_orders: [
      {
        tid: 'Number',
        order_status: 'String',
        room_type_name: 'String',
        contact_name: 'String',
        check_in_date: 'Date',
        check_out_date: 'Date',
        contact_phone: 'String',
        union_status_text: 'String',
        union_status_value: 'String',
        pay_status: 'Number',
        room_number: 'Number',
        nights: 'Number',
        payment: 'Number',
      },
    ],
    split_order: 'Boolean',
    hotel_order_seller: {
      payment: {
        promotion_create_price: 'Number',
        after_promotion_create_price: 'Number',
        total_room_price: 'Number',
        daily_infos: {
          currency_code: 'String',
          exchange_rate: 'String',
          daily_prices: [
            {
              foreign_currency_price: 'Number',
              point: 'Number',
              mileage: 'Number',
              currency_code_name: 'String',
              price: 'Number',
              tax_price: 'Number',
              break_fast_count: 'Number',
              day: 'String',
              after_promotion_price: 'Number',
              base_price: 'Number',
              tax_foreign_price: 'Number',
              service_price: 'Number',
              service_foreign_price: 'Number',
              base_foreign_price: 'Number',
            },
          ],
        },
        after_promotion_current_price: 'Number',
        promotion_current_price: 'Number',
      },
      settle_payment: {
        plat_promotion_price: 'Number',
        other_fee: 'Number',
        room_price: 'Number',
        order_settle_price: 'Number',
        settle_daily_price: {
          currency_code: 'String',
          exchange_rate: 'String',
          daily_prices: [
            {
              foreign_currency_price: 'Number',
              point: 'Number',
              mileage: 'Number',
              currency_code_name: 'String',
              price: 'Number',
              tax_price: 'Number',
              break_fast_count: 'Number',
              day: 'String',
              after_promotion_price: 'Number',
              base_price: 'Number',
              tax_foreign_price: 'Number',
              service_price: 'Number',
              service_foreign_price: 'Number',
              base_foreign_price: 'Number',
            },
          ],
        },
        promotion_price: 'Number',
      },
    },
    contact_name: 'String',
    out_source_corp_name: 'String',
    booking_status: 'Number',
    out_order_id: 'String',
    room_type_code: 'String',
    related_code: 'String',
    union_status_text: 'String',
    checkin_date: 'Date',
    top_daily_infos: [
      {
        price: 'Number',
        break_fast_count: 'Number',
        day: 'String',
        extra_add_price: 'Number',
      },
    ],
    room_number: 'Number',
    logistics_status_text: 'String',
    confirm_duration: 'Number',
    checkout_date: 'Date',
    top_overseas_price_info: {
      currency_code: 'String',
      booking_product_sale_price: 'Number',
      buyer_payment: 'Number',
      tax_price: 'Number',
      seller_payment: 'Number',
      other_fee: 'Number',
      booking_service_price: 'Number',
      booking_rate: 'String',
      rate: 'String',
      book_seller_payment: 'Number',
      booking_tax_price: 'Number',
      total_payment: 'Number',
      checkout_rate: 'String',
      fund_price: 'Number',
      settle_product_sale_price: 'Number',
      service_price: 'Number',
      create_order_daily_price: {
        daily_prices: [
          {
            day: 'Date',
            price: 'Number',
            break_fast_count: 'Number',
            tax_price: 'Number',
            foreign_currency_price: 'Number',
            service_price: 'Number',
            tax_foreign_price: 'Number',
            service_foreign_price: 'Number',
            base_foreign_price: 'Number',
            base_price: 'Number',
          },
        ],
      },
      booking_rooms_price: 'Number',
      settle_order_daily_price: {
        daily_prices: [
          {
            day: 'Date',
            price: 'Number',
            break_fast_count: 'Number',
            tax_price: 'Number',
            foreign_currency_price: 'Number',
            service_price: 'Number',
            tax_foreign_price: 'Number',
            service_foreign_price: 'Number',
            base_foreign_price: 'Number',
            base_price: 'Number',
          },
        ],
      },
      rooms_price: 'Number',
      base_price: 'Number',
      booking_base_price: 'Number',
    },
    need_confirm_no: 'Boolean',
    show_seller_delay_confirm_button: 'Boolean',
    arrive_late: 'Date',
    contact_phone: 'String',
    block_room_order: 'Boolean',
    payment: 'Number',
    refund_reason: 'String',
    top_promotion: {
      top_create_order_promotion: {
        cash_back_amount: 'Number',
        seller_decrease: 'Number',
        top_hotel_promotions: [
          {
            consume_mileage: 'Number',
            rule_desc: 'String',
            promotion_desc: 'String',
            amount: 'Number',
            seller_amount: 'Number',
            times: 'Number',
            priority: 'Number',
            tid: 'Number',
            amount_type: 'Number',
            activity_icon_desc: 'String',
            activity_group_name: 'String',
            activity_code: 'String',
            discount: 'Number',
            rule_type: 'Number',
            rule_target: 'Number',
            integral_activity: 'Boolean',
            rule_code: 'String',
            activity_name: 'String',
            investor_type: 'Number',
          },
        ],
        decrease: 'Number',
        platform_decrease: 'Number',
      },
      top_current_order_promotion: {
        cash_back_amount: 'Number',
        seller_decrease: 'Number',
        top_hotel_promotions: [
          {
            rule_desc: 'String',
            investor_type: 'String',
            amount: 'Number',
            seller_amount: 'Number',
            times: 'Number',
            amount_type: 'Number',
            activity_code: 'String',
            rule_type: 'Number',
            rule_target: 'Number',
            rule_code: 'String',
            activity_name: 'String',
          },
        ],
        decrease: 'Number',
        platform_decrease: 'Number',
      },
      top_order_promotion_extend: {
        top_daily_seller_promotions: [
          {
            date: 'Date',
            seller_promotion: 'Number',
          },
        ],
      },
    },
    rid: 'Number',
    arrive_early: 'Date',
    sub_type: 'Number',
    total_room_price: 'Number',
    out_source: 'String',
    room_type_name: 'String',
    top_order_guests: [
      {
        customer_type: 'Number',
        person_no: 'Number',
        name: 'String',
        age: 'Number',
        room_no: 'Number',
      },
    ],
    union_status_value: 'Number',
    invoice_title: 'String',
    other_fee: 'Number',
    memo: 'String',
    logistics_status_value: 'Number',
    pay_status: 'Number',
    guarantee_type: 'Number',
    fund_id: 'Number',
    cancel_policy_desc: 'String',
    tag_jsqr: 'Boolean',
    rate_id: 'String',
    tax_and_fee: 'Number',
    top_domestic_price_info: {
      create_order_daily_price: {
        daily_prices: [
          {
            tax_price: 'Number',
            break_fast_count: 'Number',
            price: 'Number',
            day: 'Date',
            base_price: 'Number',
            base_foreign_price: 'Number',
          },
        ],
      },
      tax_price: 'Number',
      rooms_price: 'Number',
      service_price: 'Number',
      other_fee: 'Number',
      booking_rooms_price: 'Number',
      booking_tax_price: 'Number',
      booking_service_price: 'Number',
      settle_order_daily_price: {
        daily_prices: [
          {
            tax_price: 'Number',
            break_fast_count: 'Number',
            price: 'Number',
            day: 'Date',
            base_price: 'Number',
            base_foreign_price: 'String',
          },
        ],
      },
      base_price: 'Number',
      booking_base_price: 'Number',
    },
    user_real_payment: 'Number',
    gmt_modified: 'Date',
    vendor: 'String',
    credit_card: {
      cvv_code: 'String',
      card_number: 'String',
      expiration_date: 'String',
      card_code: 'String',
      card_holder_name: 'String',
    },
    refund_status: 'String',
    refund_amout: 'Number',
    post_trade_refund: {
      refund_suc_time: 'Date',
      remark: 'String',
      refund_amount: 'Number',
      refund_reason: 'String',
      post_trade_refund_type: 'Number',
      post_trade_refund_status: 'Number',
      create_time: 'Date',
      tid: 'Number',
    },
    channel: 'String',
    city: 'Number',
    payment_type: 'String',
    invoice_status: 'String',
    order_source_type: 'String',
    top_invoice: {
      provider_type: 'Number',
    },
    refund_reason_type: 'Number',
    max_occupancy: 'Number',
    top_order_coupon_d_o: {
      coupon_title: 'String',
      coupon_biz_type: 'Number',
      coupon_out_biz_id: 'String',
      can_split: 'Boolean',
      face_value: 'String',
      room_night_face_value: 'String',
      instruction: 'String',
    },
    promotion: {
      current_order_promotion: {
        daily_hotel_promotion: 'String',
        seller_decrease: 'Number',
      },
    },
    rp_ori_name: 'String',
  },
  error: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.xhotel.order.detail.search`: method, response root, request and response schemas. */
export const taobaoXhotelOrderDetailSearchOperation = {
  method: 'taobao.xhotel.order.detail.search',
  responseRoot: 'xhotel_order_detail_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单详情查询 — calls TOP method `taobao.xhotel.order.detail.search`.
 *
 * 提供订单详情查询
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoXhotelOrderDetailSearch(
  client: TopClient,
  request: TaobaoXhotelOrderDetailSearchRequest = {},
  options?: CallOptions,
): Promise<TaobaoXhotelOrderDetailSearchResponse> {
  return client.call<TaobaoXhotelOrderDetailSearchResponse>(
    {
      method: 'taobao.xhotel.order.detail.search',
      responseRoot: 'xhotel_order_detail_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
