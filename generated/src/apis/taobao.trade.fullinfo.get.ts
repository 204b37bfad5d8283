// Generated from specs/tbtrade/taobao.trade.fullinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.fullinfo.get` (获取单笔交易的详细信息). */
export interface TaobaoTradeFullinfoGetRequest {
  /** 需要返回的字段列表，多个字段用半角逗号分隔，可选值为返回示例中能看到的所有字段。 */
  fields: string;
  /** 交易编号 */
  tid: Int64Input;
  /** include_oaid */
  include_oaid?: string;
}

/** Response of `taobao.trade.fullinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeFullinfoGetResponse {
  /** 交易主订单信息 */
  trade?: TaobaoTradeFullinfoGetTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetTrade {
  /** 买家OpenUid */
  buyer_open_uid?: string;
  /** 交易标题，以店铺名作为此标题的值。注:taobao.trades.get接口返回的Trade中的title是商品名称 */
  title?: string;
  /** 交易类型列表，同时查询多种交易类型可用逗号分隔。默认同时查询guarantee_trade, auto_delivery, ec, cod的4种交易类型的数据 可选值 fixed(一口价) auction(拍卖) guarantee_trade(一口价、拍卖) auto_delivery(自动发货) independent_simple_trade(旺店入门版交易) independent_shop_trade(旺店标准版交易) ec(直冲) cod(货到付款) fenxiao(分销) game_equipment(游戏装备) shopex_trade(ShopEX交易) netcn_trade(万网交易) external_trade(统一外部交易)o2o_offlinetrade（O2O交易）step (万人团)nopaid(无付款订单)pre_auth_type(预授权0元购机交易) */
  type?: string;
  /** 交易创建时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 交易编号 (父订单的交易编号) */
  sid?: string;
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** Acookie订单唯一ID。 */
  acookie_id?: string;
  /** 卖家是否已评价。可选值:true(已评价),false(未评价) */
  seller_rate?: boolean;
  /** 买家是否已评价。可选值:true(已评价),false(未评价)。如买家只评价未打分，此字段仍返回false */
  buyer_rate?: boolean;
  /** 交易状态。可选值: * TRADE_NO_CREATE_PAY(没有创建支付宝交易) * WAIT_BUYER_PAY(等待买家付款) * SELLER_CONSIGNED_PART(卖家部分发货) * WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款) * WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货) * TRADE_BUYER_SIGNED(买家已签收,货到付款专用) * TRADE_FINISHED(交易成功) * TRADE_CLOSED(付款以后用户退款成功，交易自动关闭) * TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易) * PAY_PENDING(国际信用卡支付付款确认中) * WAIT_PRE_AUTH_CONFIRM(0元购合约中) * PAID_FORBID_CONSIGN(拼团中订单或者发货强管控的订单，已付款但禁止发货) */
  status?: string;
  /** 实付金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  payment?: string;
  /** 建议使用trade.promotion_details查询系统优惠系统优惠金额（如打折，VIP，满就送等），精确到2位小数，单位：元。如：200.07，表示：200元7分 */
  discount_fee?: string;
  /** 卖家手工调整金额，精确到2位小数，单位：元。如：200.07，表示：200元7分。来源于订单价格修改，如果有多笔子订单的时候，这个为0，单笔的话则跟[order].adjust_fee一样 */
  adjust_fee?: string;
  /** 邮费。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  post_fee?: string;
  /** 商品金额（商品价格乘以数量的总金额）。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  total_fee?: string;
  /** 付款时间。格式:yyyy-MM-dd HH:mm:ss。订单的付款时间即为物流订单的创建时间。 */
  pay_time?: string;
  /** 交易结束时间。交易成功时间(更新交易状态为成功的同时更新)/确认收货时间或者交易关闭时间 。格式:yyyy-MM-dd HH:mm:ss */
  end_time?: string;
  /** 交易修改时间(用户对订单的任何修改都会更新此字段)。格式:yyyy-MM-dd HH:mm:ss */
  modified?: string;
  /** 卖家发货时间。格式:yyyy-MM-dd HH:mm:ss */
  consign_time?: string;
  /** 卖家实际收到的支付宝打款金额（由于子订单可以部分确认收货，这个金额会随着子订单的确认收货而不断增加，交易成功后等于买家实付款减去退款金额）。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  received_payment?: string;
  /** 交易佣金。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  commission_fee?: string;
  /** 买家备注（与淘宝网上订单的买家备注对应，只有买家才能查看该字段） */
  buyer_memo?: string;
  /** 卖家备注（与淘宝网上订单的卖家备注对应，只有卖家才能查看该字段） */
  seller_memo?: string;
  /** 买家下单的地区 */
  buyer_area?: string;
  /** 支付宝交易号，如：2009112081173831 */
  alipay_no?: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 商品图片绝对途径 */
  pic_path?: string;
  /** 商品数字编号 */
  num_iid?: Int64;
  /** 商品价格。精确到2位小数；单位：元。如：200.07，表示：200元7分 */
  price?: string;
  /** 货到付款服务费。精确到2位小数;单位:元。如:12.07，表示:12元7分。 */
  cod_fee?: string;
  /** 货到付款物流状态。初始状态 NEW_CREATED,接单成功 ACCEPTED_BY_COMPANY,接单失败 REJECTED_BY_COMPANY,接单超时 RECIEVE_TIMEOUT,揽收成功 TAKEN_IN_SUCCESS,揽收失败 TAKEN_IN_FAILED,揽收超时 TAKEN_TIMEOUT,签收成功 SIGN_IN,签收失败 REJECTED_BY_OTHER_SIDE,订单等待发送给物流公司 WAITING_TO_BE_SENT,用户取消物流订单 CANCELED */
  cod_status?: string;
  /** 买家货到付款服务费。精确到2位小数;单位:元。如:12.07，表示:12元7分 */
  buyer_cod_fee?: string;
  /** 卖家货到付款服务费。精确到2位小数;单位:元。如:12.07，表示:12元7分。卖家不承担服务费的订单：未发货的订单获取服务费为0，发货后就能获取到正确值。 */
  seller_cod_fee?: string;
  /** 快递代收款。精确到2位小数;单位:元。如:212.07，表示:212元7分 */
  express_agency_fee?: string;
  /** 创建交易时的物流方式（交易完成前，物流方式有可能改变，但系统里的这个字段一直不变）。可选值：free(卖家包邮),post(平邮),express(快递),ems(EMS),virtual(虚拟发货)，25(次日必达)，26(预约配送),seller(商家自配送),instant(即时配送)。 */
  shipping_type?: string;
  /** 商品购买数量。取值范围：大于零的整数,对于一个trade对应多个order的时候（一笔主订单，对应多笔子订单），num=0，num是一个跟商品关联的属性，一笔订单对应多比子订单的时候，主订单上的num无意义。 */
  num?: Int64;
  /** 买家使用积分,下单时生成，且一直不变。格式:100;单位:个. */
  point_fee?: Int64;
  /** 买家实际使用积分（扣除部分退款使用的积分），交易完成后生成（交易成功或关闭），交易未完成时该字段值为0。格式:100;单位:个 */
  real_point_fee?: Int64;
  /** 买家获得积分,返点的积分。格式:100;单位:个。返点的积分要交易成功之后才能获得。 */
  buyer_obtain_point_fee?: Int64;
  /** 买家支付宝账号 */
  buyer_alipay_no?: string;
  /** 收货人的姓名（加密） */
  receiver_name?: string;
  /** 收货人国籍 */
  receiver_country?: string;
  /** 收货人的所在省份 */
  receiver_state?: string;
  /**
   * 收货人的所在城市
   * 注：因为国家对于城市和地区的划分的有：省直辖市和省直辖县级行政区（区级别的）划分的，淘宝这边根据这个差异保存在不同字段里面比如：广东广州：广州属于一个直辖市是放在的receiver_city的字段里面；而河南济源：济源属于省直辖县级行政区划分，是区级别的，放在了receiver_district里面
   * 建议：程序依赖于城市字段做物流等判断的操作，最好加一个判断逻辑：如果返回值里面只有receiver_district参数，该参数作为城市
   */
  receiver_city?: string;
  /**
   * 收货人的所在地区
   * 注：因为国家对于城市和地区的划分的有：省直辖市和省直辖县级行政区（区级别的）划分的，淘宝这边根据这个差异保存在不同字段里面比如：广东广州：广州属于一个直辖市是放在的receiver_city的字段里面；而河南济源：济源属于省直辖县级行政区划分，是区级别的，放在了receiver_district里面
   * 建议：程序依赖于城市字段做物流等判断的操作，最好加一个判断逻辑：如果返回值里面只有receiver_district参数，该参数作为城市
   */
  receiver_district?: string;
  /** 收货人街道地址 */
  receiver_town?: string;
  /** 收货人的详细地址（加密） */
  receiver_address?: string;
  /** 收货人的邮编 */
  receiver_zip?: string;
  /** 收货人的手机号码（加密） */
  receiver_mobile?: string;
  /** 收货人的电话号码（加密） */
  receiver_phone?: string;
  /** 买家邮件地址 */
  buyer_email?: string;
  /** 卖家支付宝账号 */
  seller_alipay_no?: string;
  /** 卖家手机 */
  seller_mobile?: string;
  /** 卖家电话 */
  seller_phone?: string;
  /** 卖家姓名 */
  seller_name?: string;
  /** 卖家邮件地址 */
  seller_email?: string;
  /** 交易中剩余的确认收货金额（这个金额会随着子订单确认收货而不断减少，交易成功后会变为零）。精确到2位小数;单位:元。如:200.07，表示:200 元7分 */
  available_confirm_fee?: string;
  /** 是否包含邮费。与available_confirm_fee同时使用。可选值:true(包含),false(不包含) */
  has_post_fee?: boolean;
  /** 超时到期时间。格式:yyyy-MM-dd HH:mm:ss。业务规则：前提条件：只有在买家已付款，卖家已发货的情况下才有效如果申请了退款，那么超时会落在子订单上；比如说3笔ABC，A申请了，那么返回的是BC的列表, 主定单不存在如果没有申请过退款，那么超时会挂在主定单上；比如ABC，返回主定单，ABC的超时和主定单相同 */
  timeout_action_time?: string;
  /** 交易快照地址 */
  snapshot_url?: string;
  /** 交易备注。 */
  trade_memo?: string;
  /** 交易促销详细信息 */
  promotion?: string;
  /** 是否3D交易 */
  is_3D?: boolean;
  /** 是否保障速递，如果为true，则为保障速递订单，使用线下联系发货接口发货，如果未false，则该订单非保障速递，根据卖家设置的订单流转规则可使用物流宝或者常规物流发货。 */
  is_lgtype?: boolean;
  /** 表示是否是品牌特卖（常规特卖，不包括特卖惠和特实惠）订单，如果是返回true，如果不是返回false。当此字段与is_force_wlb均为true时，订单强制物流宝发货。 */
  is_brand_sale?: boolean;
  /** 订单是否强制使用物流宝发货。当此字段与is_brand_sale均为true时，订单强制物流宝发货。此字段为false时，该订单根据流转规则设置可以使用物流宝或者常规方式发货 */
  is_force_wlb?: boolean;
  /** 买家备注旗帜（与淘宝网上订单的买家备注旗帜对应，只有买家才能查看该字段）红、黄、绿、蓝、紫 分别对应 1、2、3、4、5 */
  buyer_flag?: Int64;
  /** 卖家备注旗帜（与淘宝网上订单的卖家备注旗帜对应，只有卖家才能查看该字段）红、黄、绿、蓝、紫 分别对应 1、2、3、4、5 */
  seller_flag?: Int64;
  /** 使用信用卡支付金额数 */
  credit_card_fee?: string;
  /** 分阶段付款的订单状态（例如万人团订单等），目前有四个返回状态FRONT_NOPAID_FINAL_NOPAID(定金未付尾款未付)，FRONT_PAID_FINAL_NOPAID(定金已付尾款未付)，FRONT_PAID_FINAL_PAID(定金和尾款都付)，FRONT_PAID_FRONT_FORFEITED（预售定金罚没） */
  step_trade_status?: string;
  /** 分阶段付款的已付金额（万人团订单已付金额） */
  step_paid_fee?: string;
  /** 电子凭证的垂直信息 */
  eticket_ext?: string;
  /** 订单出现异常问题的时候，给予用户的描述,没有异常的时候，此值为空 */
  mark_desc?: string;
  /** 订单中是否包含运费险订单，如果包含运费险订单返回true，不包含运费险订单，返回false */
  has_yfx?: boolean;
  /** 订单的运费险，单位为元 */
  yfx_fee?: string;
  /** 运费险支付号 */
  yfx_id?: string;
  /** 运费险类型 */
  yfx_type?: string;
  /** 订单将在此时间前发出，主要用于预售订单 */
  send_time?: string;
  /** 买家可以通过此字段查询是否当前交易可以评论，can_rate=true可以评价，false则不能评价。 */
  can_rate?: boolean;
  /** 卖家是否可以对订单进行评价 */
  seller_can_rate?: boolean;
  /** 是否是多次发货的订单如果卖家对订单进行多次发货，则为true否则为false */
  is_part_consign?: boolean;
  /** 表示订单交易是否含有对应的代销采购单。如果该订单中存在一个对应的代销采购单，那么该值为true；反之，该值为false。 */
  is_daixiao?: boolean;
  /** 表示订单交易是否网厅订单。 如果该订单是网厅订单，那么该值为true；反之，该值为false。 */
  is_wt?: boolean;
  /** 物流到货时效，单位天 */
  arrive_interval?: Int64;
  /** 物流到货时效截单时间，格式 HH:mm */
  arrive_cut_time?: string;
  /** 物流发货时效，单位小时 */
  consign_interval?: Int64;
  /** 导购宝=crm */
  o2o?: string;
  /** 导购员id */
  o2o_guide_id?: string;
  /** 导购员名称 */
  o2o_guide_name?: string;
  /** 导购员门店id */
  o2o_shop_id?: string;
  /** 导购门店名称 */
  o2o_shop_name?: string;
  /** 导购宝提货方式，inshop：店内提货，online：线上发货 */
  o2o_delivery?: string;
  /** 外部订单号 */
  o2o_out_trade_id?: string;
  /** 线下自提门店编码 */
  shop_code?: string;
  /** 拼音名 */
  hk_en_name?: string;
  /** 航班号 */
  hk_flight_no?: string;
  /** 中文名 */
  hk_china_name?: string;
  /** 证件号码 */
  hk_card_code?: string;
  /** 证件类型001代表港澳通行证类型、002代表入台证003代表护照 */
  hk_card_type?: string;
  /** 航班飞行时间 */
  hk_flight_date?: string;
  /** 性别M: 男性，F: 女性 */
  hk_gender?: string;
  /** 出生日期 */
  hk_birthday?: string;
  /** 提货地点 */
  hk_pickup?: string;
  /** 提货地点id */
  hk_pickup_id?: string;
  /** 商家的预计发货时间 */
  est_con_time?: string;
  /** 订单列表 */
  orders?: TaobaoTradeFullinfoGetOrder[];
  /** 优惠详情 */
  promotion_details?: TaobaoTradeFullinfoGetPromotionDetail[];
  /** 物流标签 */
  service_tags?: TaobaoTradeFullinfoGetLogisticsTag[];
  /** 服务子订单列表 */
  service_orders?: TaobaoTradeFullinfoGetServiceOrder[];
  /** 交易内部来源。WAP(手机);HITAO(嗨淘);TOP(TOP平台);TAOBAO(普通淘宝);JHS(聚划算)一笔订单可能同时有以上多个标记，则以逗号分隔 */
  trade_from?: string;
  /** 交易外部来源：ownshop(商家官网) */
  trade_source?: string;
  /** 在返回的trade对象上专门增加一个字段zero_purchase来区分，这个为true的就是0元购机预授权交易 */
  zero_purchase?: boolean;
  /** 付款时使用的支付宝积分的额度,单位分，比如返回1，则为1分钱 */
  alipay_point?: Int64;
  /** 天猫点券卡实付款金额,单位分 */
  pcc_af?: Int64;
  /** 交易扩展表信息 */
  trade_ext?: TaobaoTradeFullinfoGetTradeExt;
  /** 天猫国际官网直供主订单关税税费 */
  order_tax_fee?: string;
  /** 天猫汽车服务预约时间 */
  et_ser_time?: string;
  /** 电子凭证预约门店地址 */
  et_shop_name?: string;
  /** 电子凭证核销门店地址 */
  et_verified_shop_name?: string;
  /** 车牌号码 */
  et_plate_number?: string;
  /**
   * 抢单状态
   * 0,未处理待分发;1,抢单中;2,已抢单;3,已发货;-1,超时;-2,处理异常;-3,匹配失败;-4,取消抢单;-5,退款取消;-9,逻辑删除
   */
  o2o_snatch_status?: string;
  /** 是否屏蔽发货 */
  is_sh_ship?: boolean;
  /** 天猫电子凭证家装 */
  eticket_service_addr?: string;
  /** 电子凭证扫码购-扫码支付订单type */
  et_type?: string;
  /** 垂直市场 */
  market?: string;
  /** 门店预约自提订单标 */
  obs?: string;
  /** 扫码购关联门店 */
  et_shop_id?: Int64;
  /** 满返红包的金额；如果没有满返红包，则值为 0.00 */
  paid_coupon_fee?: string;
  /** 线下门店自提 */
  shop_pick?: string;
  /** 处方药审核状态 */
  rx_audit_status?: string;
  /** yyyyMMdd */
  es_date?: string;
  /** hh:mm-hh:mm */
  es_range?: string;
  /** yyyyMMdd */
  os_date?: string;
  /** hh:mm-hh:mm */
  os_range?: string;
  /** 100 */
  coupon_fee?: Int64;
  /** 邮关订单 */
  post_gate_declare?: boolean;
  /** 跨境订单 */
  cross_bonded_declare?: boolean;
  /** 主订单扩展属性;payCurrency:HKD(港币)、TWD(台币) */
  trade_attr?: string;
  /** TOP拦截标识，0不拦截，1拦截 */
  top_hold?: Int64;
  /** 星盘标识字段 */
  omni_attr?: string;
  /** 星盘业务字段 */
  omni_param?: string;
  /** assembly */
  assembly?: string;
  /** 聚划算一起买字段 */
  forbid_consign?: Int64;
  /** 采购订单标识 */
  identity?: string;
  /** 天猫拼团拦截标示 */
  team_buy_hold?: Int64;
  /** 分享购拦截 */
  share_group_hold?: Int64;
  /** 天猫国际拦截 */
  ofp_hold?: Int64;
  /** 组装O2O多阶段尾款订单的明细数据 总阶段数，当前阶数，阶段金额（单位：分），支付状态，例如 3_1_100_paid ; 3_2_2000_nopaid */
  o2o_step_trade_detail?: string;
  /** 特权定金订单的尾款订单ID */
  o2o_step_order_id?: string;
  /** 分阶段订单的特权定金订单ID */
  o2o_et_order_id?: string;
  /** 分阶段订单的特权定金抵扣金额，单位：分 */
  o2o_voucher_price?: string;
  /** 天猫国际计税优惠金额 */
  order_tax_promotion_fee?: string;
  /** 聚划算火拼标记 */
  delay_create_delivery?: Int64;
  /** tidStr */
  tid_str?: string;
  /** top定义订单类型 */
  toptype?: Int64;
  /** 包含的交易服务类型 */
  service_type?: string;
  /** o2oServiceMobile */
  o2o_service_mobile?: string;
  /** o2oServiceName */
  o2o_service_name?: string;
  /** o2oServiceState */
  o2o_service_state?: string;
  /** o2oServiceCity */
  o2o_service_city?: string;
  /** o2oServiceDistrict */
  o2o_service_district?: string;
  /** o2oServiceTown */
  o2o_service_town?: string;
  /** o2oServiceAddress */
  o2o_service_address?: string;
  /** o2oStepTradeDetailNew */
  o2o_step_trade_detail_new?: string;
  /** o2oXiaopiao */
  o2o_xiaopiao?: string;
  /** o2oContract */
  o2o_contract?: string;
  /** rechargeFee */
  recharge_fee?: string;
  /** retailStoreCode */
  retail_store_code?: string;
  /** retailOutOrderId */
  retail_out_order_id?: string;
  /** platformSubsidyFee */
  platform_subsidy_fee?: string;
  /** nrOffline */
  nr_offline?: string;
  /** 网厅订单垂直表信息 */
  wtt_param?: string;
  /** 子单物流发货信息 */
  logistics_infos?: TaobaoTradeFullinfoGetLogisticsInfo[];
  /** sellerNick */
  seller_nick?: string;
  /** buyerNick */
  buyer_nick?: string;
  /** nrStoreOrderId */
  nr_store_order_id?: string;
  /** 门店 ID */
  nr_shop_id?: string;
  /** 门店名称 */
  nr_shop_name?: string;
  /** 导购员ID */
  nr_shop_guide_id?: string;
  /** 导购员名称 */
  nr_shop_guide_name?: string;
  /** sortInfo */
  sort_info?: TaobaoTradeFullinfoGetSortInfo;
  /** 1已排序 2不排序 */
  sorted?: Int64;
  /** 一小时达不处理订单 */
  nr_no_handle?: string;
  /** 为tmall.daogoubao.cloudstore时表示云店链路 */
  biz_code?: string;
  /** 为1，且bizCode不为tmall.daogoubao.cloudstore时，为旗舰店订单 */
  cloud_store?: string;
  /** 暂不公开 */
  is_gift?: boolean;
  /** 暂不公开 */
  donee_nick?: string;
  /** 暂不公开 */
  donee_open_uid?: string;
  /** 苏宁自提门店code */
  suning_shop_code?: string;
  /** 苏宁自提门店是否有效 */
  suning_shop_valid?: Int64;
  /** 允许的appkey，逗号分隔 */
  allow_appkeys?: string;
  /** 是否预售 */
  new_presell?: boolean;
  /** 是否优享 */
  you_xiang?: boolean;
  /** 天猫未来店线下店铺 ID */
  retail_store_id?: string;
  /** 区分istore订单和普通订单 */
  is_istore?: boolean;
  /** 区分istore订单来源 */
  ua?: string;
  /** linkedmall透传参数 */
  linkedmall_ext_info?: string;
  /** 支付渠道：0 用户主动支付 1 系统代扣 2 保险赔付 */
  pay_channel?: string;
  /** 新零售全渠道订单：订单类型，自提订单：pickUp，电商发货：tmall，门店发货（配送、骑手）：storeSend */
  rt_omni_send_type?: string;
  /** 新零售全渠道订单：发货门店ID */
  rt_omni_store_id?: string;
  /** 新零售全渠道订单：商家自有发货门店编码 */
  rt_omni_outer_store_id?: string;
  /** 同城预约配送开始时间 */
  tcps_start?: string;
  /** 同城业务类型,com.tmall.dsd:定时送,storeDsd-fn-3-1:淘速达3公里蜂鸟配送 */
  tcps_code?: string;
  /** 同城预约配送结束时间 */
  tcps_end?: string;
  /** 主订单商家代缴税费 */
  m_tariff_fee?: string;
  /** 时效服务身份，如tmallPromise代表天猫时效承诺 */
  timing_promise?: string;
  /** 时效服务字段，服务字段，会有多个服务值，以英文半角逗号","切割 */
  promise_service?: string;
  /** 物流截单时间，分钟 */
  cutoff_minutes?: string;
  /** 物流时效，相对时间，单位是天 */
  es_time?: string;
  /** 最晚发货时间，日期 */
  delivery_time?: string;
  /** 最晚揽收时间，日期 */
  collect_time?: string;
  /** 最晚派送时间，日期 */
  dispatch_time?: string;
  /** 最晚签收时间，日期 */
  sign_time?: string;
  /** 外部会员id */
  outer_partner_member_id?: string;
  /** 叶子分类 */
  root_cat?: string;
  /** 1-gifting订单 */
  gifting?: string;
  /** 1-coffee gifting订单 */
  gifting_takeout?: string;
  /** 预约安装时间 */
  oi_date?: string;
  /** 预约安装时间段 */
  oi_range?: string;
  /** 暂不安装 */
  hold_install?: string;
  /** 订单来源 */
  app_name?: string;
  /** 同城站类型 */
  easy_home_city_type?: string;
  /** 同城站关联订单号 */
  nr_deposit_order_id?: string;
  /** 摊位id */
  nr_store_code?: string;
  /** 使用淘金币的数量，以分为单位，和订单标propoint中间那一段一样，没有返回null */
  propoint?: string;
  /** 是否周期送订单 */
  zqs_order_tag?: string;
  /** 天鲜配冰柜id */
  txp_freezer_id?: string;
  /** 天鲜配自提方式 */
  txp_receive_method?: string;
  /** 购物金信息输出 */
  expandcard_info?: TaobaoTradeFullinfoGetExpandCardInfo;
  /** 透出的额外信息 */
  extend_info?: string;
  /** 收货地址有变更，返回"1" */
  lm?: string;
  /** 同城购订单来源 */
  brand_light_shop_source?: string;
  /** 同城购渠道店id */
  brand_light_shop_store_id?: string;
  /** 标识完美履约订单 */
  is_wmly?: string;
  /** 全渠道包裹信息 */
  omni_package?: string;
  /** 新康众扩展数据 */
  ncz_ext_attr?: string;
  /** 苹果发票详情 */
  invoice_detail_pay?: string;
  /** 苹果发票详情 */
  invoice_detail_mid_refund?: string;
  /** 苹果发票详情 */
  invoice_detail_after_refund?: string;
  /** 买卡订单本金 */
  expand_card_basic_price?: string;
  /** 买卡订单权益金 */
  expand_card_expand_price?: string;
  /** 用卡订单所用的本金 */
  expand_card_basic_price_used?: string;
  /** 用卡订单所用的权益金 */
  expand_card_expand_price_used?: string;
  /** 配送cp */
  delivery_cps?: string;
  /** 业务身份 */
  asdp_biz_type?: string;
  /** 是否是Openmall订单 */
  is_openmall?: boolean;
  /** 是否是码上收订单 */
  v_logistics_create?: boolean;
  /** 是否是非物流订单 */
  q_r_pay?: boolean;
  /** 关联下单订单 */
  order_follow_id?: string;
  /** 送货上门标 */
  asdp_ads?: string;
  /** 消费者催发货标识，lg表示消费者做过催发货 */
  ob_tag?: string;
  /** 通用的是否预售，默认是false，需要传general_new_presell参数才能真正识别是否是预售订单 */
  general_new_presell?: boolean;
  /** 是否疫情登记的订单。0=未登记，1=已登记 */
  drug_register?: string;
  /** 分阶段支付详情 */
  step_pay_details?: TaobaoTradeFullinfoGetStepPayDetail[];
  /** 同意退款检查标识字段 */
  agree_refund_checks?: TaobaoTradeFullinfoGetAgreeRefundCheck[];
  /** 阶段地址详情字段 */
  address_details?: TaobaoTradeFullinfoGetAddressDetail[];
  /** 阶段收货地址标识字段 */
  stage_address_type?: string;
  /** 订单分组ID */
  og_id?: string;
  /** 承诺/最晚送达时间 */
  promise_sign_time?: string;
  /** 天猫商家使用，订单使用的红包信息 */
  tmall_coupon_fee?: Int64;
  /** 交付计划 */
  delivery_plan?: TaobaoTradeFullinfoGetDeliveryPlan[];
  /** 全渠道订单相关字段 */
  omnichannel_param?: string;
  /** 入参fields字段必须包含receiver_name、receiver_address、created、receiver_mobile、receiver_phone 5个字段，否则无法生成oaid。 */
  oaid?: string;
  /** 是否是周期购订单 */
  is_cycle_buy?: boolean;
  /** 淘鲜达生鲜半日达 */
  scenario_group?: string;
  /** 拼团玩法垂直标 */
  play_type?: string;
  /** ascp会自动流转到菜鸟仓发货 */
  is_force_dc?: boolean;
  /** 子订单组合品物流详情（仅支持拆单发货） */
  combine_logistics_details?: TaobaoTradeFullinfoGetCombineLogisticsDetail[];
  /** 三方鉴定信息 */
  identify_info?: TaobaoTradeFullinfoGetIdentifyInfo;
  /** 物流时效信息 */
  logistics_consign_info?: TaobaoTradeFullinfoGetLogisticsConsignInfo[];
  /** 发货时效修改记录 */
  logistics_modify_info?: TaobaoTradeFullinfoGetLogisticsModifyInfo[];
  /** 优先发货时间 */
  priority_consign_time?: string;
  /** 物流服务 */
  logistics_agreement?: TaobaoTradeFullinfoGetLogisticsAgreement;
  /** 天猫国际实名认证状态，1：实名完成 0：实名未完成 */
  real_name_auth_status?: string;
  /** 天猫国际第三方报关标识，1：第三方报关 0：非第三方报关 */
  third_party_customs_declaration?: string;
  /** 补差类型，ITEM:商品补差 POSTAGE:邮费补差 OTHER：其他补差 */
  receipt_type?: string;
  /** 补差关联订单号列表 */
  receipt_rel_ids?: string[];
}

/** `Order` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetOrder {
  /** 商品标题 */
  title?: string;
  /** 商品图片的绝对路径 */
  pic_path?: string;
  /** 商品价格。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  price?: string;
  /** 商品数字ID */
  num_iid?: Int64;
  /** 商品的最小库存单位Sku的id.可以通过taobao.item.sku.get获取详细的Sku信息 */
  sku_id?: string;
  /** 商家外部编码(可与商家外部系统对接)。外部商家自己定义的商品Item的id，可以通过taobao.items.custom.get获取商品的Item的信息 */
  outer_iid?: string;
  /** 外部网店自己定义的Sku编号 */
  outer_sku_id?: string;
  /** 退款状态。退款状态。可选值 WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意) WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货) WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货) SELLER_REFUSE_BUYER(卖家拒绝退款) CLOSED(退款关闭) SUCCESS(退款成功) */
  refund_status?: string;
  /**
   * 订单状态（请关注此状态，如果为TRADE_CLOSED_BY_TAOBAO状态，则不要对此订单进行发货，切记啊！）。可选值:
   * TRADE_NO_CREATE_PAY(没有创建支付宝交易)
   *
   * WAIT_BUYER_PAY(等待买家付款)
   *
   * WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)
   *
   * WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)
   *
   * TRADE_BUYER_SIGNED(买家已签收,货到付款专用)
   *
   * TRADE_FINISHED(交易成功)
   *
   * TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)
   *
   * TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)
   *
   * PAY_PENDING(国际信用卡支付付款确认中)
   */
  status?: string;
  /** 子订单编号 */
  oid?: Int64;
  /** 应付金额（商品价格 * 商品数量 + 手工调整金额 - 子订单级订单优惠金额）。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  total_fee?: string;
  /** 子订单实付金额。精确到2位小数，单位:元。如:200.07，表示:200元7分。对于多子订单的交易，计算公式如下：payment = price * num + adjust_fee - discount_fee ；单子订单交易，payment与主订单的payment一致，对于退款成功的子订单，由于主订单的优惠分摊金额，会造成该字段可能不为0.00元。建议使用退款前的实付金额减去退款单中的实际退款金额计算。 */
  payment?: string;
  /** 子订单级订单优惠金额。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  discount_fee?: string;
  /** 手工调整金额.格式为:1.01;单位:元;精确到小数点后两位. */
  adjust_fee?: string;
  /** 分摊之后的实付金额 */
  divide_order_fee?: string;
  /** 优惠分摊 */
  part_mjz_discount?: string;
  /** SKU的值。如：机身颜色:黑色;手机套餐:官方标配 */
  sku_properties_name?: string;
  /** 套餐ID */
  item_meal_id?: Int64;
  /** 套餐的值。如：M8原装电池:便携支架:M8专用座充:莫凡保护袋 */
  item_meal_name?: string;
  /** 购买数量。取值范围:大于零的整数 */
  num?: Int64;
  /** 订单快照URL */
  snapshot_url?: string;
  /** 订单超时到期时间。格式:yyyy-MM-dd HH:mm:ss */
  timeout_action_time?: string;
  /** 商品备注 */
  item_memo?: string;
  /** 买家是否已评价。可选值：true(已评价)，false(未评价) */
  buyer_rate?: boolean;
  /** 卖家是否已评价。可选值：true(已评价)，false(未评价) */
  seller_rate?: boolean;
  /** 最近退款ID */
  refund_id?: string;
  /** 卖家类型，可选值为：B（商城商家），C（普通卖家） */
  seller_type?: string;
  /** 交易商品对应的类目ID */
  cid?: Int64;
  /** 是否超卖 */
  is_oversold?: boolean;
  /** 子订单的交易结束时间说明：子订单有单独的结束时间，与主订单的结束时间可能有所不同，在有退款发起的时候或者是主订单分阶段付款的时候，子订单的结束时间会早于主订单的结束时间，所以开放这个字段便于订单结束状态的判断 */
  end_time?: string;
  /** 子订单来源,如jhs(聚划算)、taobao(淘宝)、wap(无线) */
  order_from?: string;
  /** 是否是服务订单，是返回true，否返回false。 */
  is_service_order?: boolean;
  /** 子订单发货时间，当卖家对订单进行了多次发货，子订单的发货时间和主订单的发货时间可能不一样了，那么就需要以子订单的时间为准。（没有进行多次发货的订单，主订单的发货时间和子订单的发货时间都一样） */
  consign_time?: string;
  /** 子订单的运送方式（卖家对订单进行多次发货之后，一个主订单下的子订单的运送方式可能不同，用order.shipping_type来区分子订单的运送方式） */
  shipping_type?: string;
  /** 子订单发货的快递公司名称 */
  logistics_company?: string;
  /** 子订单所在包裹的运单号 */
  invoice_no?: string;
  /** 捆绑的子订单号，表示该子订单要和捆绑的子订单一起发货，用于卖家子订单捆绑发货 */
  bind_oid?: Int64;
  /** 表示订单交易是否含有对应的代销采购单。如果该订单中存在一个对应的代销采购单，那么该值为true；反之，该值为false。 */
  is_daixiao?: boolean;
  /** 对应门票有效期的外部id */
  ticket_outer_id?: string;
  /** 门票有效期的key */
  ticket_expdate_key?: string;
  /** 子订单是否是www订单 */
  is_www?: boolean;
  /** 发货的仓库编码 */
  store_code?: string;
  /** 支持家装类物流的类型 */
  tmser_spu_code?: string;
  /** 天猫国际官网直供子订单关税税费 */
  sub_order_tax_fee?: string;
  /** 天猫国际官网直供子订单关税税率 */
  sub_order_tax_rate?: string;
  /** 天猫汽车服务预约时间 */
  et_ser_time?: string;
  /** 电子凭证预约门店地址 */
  et_shop_name?: string;
  /** 电子凭证核销门店地址 */
  et_verified_shop_name?: string;
  /** 车牌号码 */
  et_plate_number?: string;
  /** 子订单预计发货时间 */
  estimate_con_time?: string;
  /** bind_oid字段的升级，支持返回绑定的多个子订单，多个子订单以半角逗号分隔 */
  bind_oids?: string;
  /** 征集预售订单征集状态：1（征集中），2（征集成功），3（征集失败） */
  zhengji_status?: string;
  /** 免单资格属性 */
  md_qualification?: string;
  /** 免单金额 */
  md_fee?: string;
  /** 定制信息 */
  customization?: string;
  /** 库存类型：6为在途 */
  inv_type?: string;
  /** 是否发货 */
  is_sh_ship?: boolean;
  /** 仓储信息 */
  shipper?: string;
  /** 订单履行类型，如喵鲜生极速达（jsd） */
  f_type?: string;
  /** 订单履行状态，如喵鲜生极速达：分单完成 */
  f_status?: string;
  /** 单履行内容，如喵鲜生极速达：storeId,phone */
  f_term?: string;
  /** 天猫搭配宝 */
  combo_id?: string;
  /**
   * 子订单扩展属性:
   * is_free_down_payment:是否免首付：true：是，false：否，可选字段
   * car_back_payment:返还免首付金额，单位：分，
   * car_ref_activity_id:服务商传入活动ID，依赖外部服务商传入；
   */
  order_attr?: string;
  /** assemblyRela */
  assembly_rela?: string;
  /** assemblyPrice */
  assembly_price?: string;
  /** assemblyItem */
  assembly_item?: string;
  /** 天猫国际子订单计税优惠金额 */
  sub_order_tax_promotion_fee?: string;
  /** downPayment */
  down_payment?: string;
  /** downPaymentRatio */
  down_payment_ratio?: string;
  /** monthPayment */
  month_payment?: string;
  /** tailPayment */
  tail_payment?: string;
  /** installmentNum */
  installment_num?: string;
  /** penalty */
  penalty?: string;
  /** serviceFee */
  service_fee?: string;
  /** carTaker */
  car_taker?: string;
  /** carTakerPhone */
  car_taker_phone?: string;
  /** carTakerID */
  car_taker_id?: string;
  /** carStoreCode */
  car_store_code?: string;
  /** carStoreName */
  car_store_name?: string;
  /** outUniqueId */
  out_unique_id?: string;
  /** wsBankApplyNo */
  ws_bank_apply_no?: string;
  /** oidStr */
  oid_str?: string;
  /** 花呗分期期数 */
  fqg_num?: Int64;
  /** 是否商家承担手续费 */
  is_fqg_s_fee?: boolean;
  /** 天猫国际订单是否包税 */
  tax_free?: boolean;
  /** 天猫国际订单包税金额 */
  tax_coupon_discount?: string;
  /** nrReduceInvFail */
  nr_reduce_inv_fail?: string;
  /** 新零售商家端商品唯一编号 */
  nr_outer_iid?: string;
  /** bind_oids字段的升级，在交易成功和交易关闭状态下也能获取到，支持返回绑定的多个子订单，多个子订单以半角逗号分隔 */
  bind_oids_all_status?: string;
  /** sortInfo */
  sort_info?: TaobaoTradeFullinfoGetSortInfo;
  /** 导购员Id */
  o2o_guide_id?: string;
  /** 导购员名称 */
  o2o_guide_name?: string;
  /** 门店Id */
  o2o_shop_id?: string;
  /** 门店名称 */
  o2o_shop_name?: string;
  /** 云店交易链路，为tmall.daogoubao.cloudstore时表示云店链路 */
  biz_code?: string;
  /** 云店标记为1，且bizCode不为tmall.daogoubao.cloudstore时，为旗舰店订单 */
  cloud_store?: string;
  /** 云店是否扣拥 */
  hj_settle_no_commission?: string;
  /** 云店接单标记 */
  order_taking?: string;
  /** 云店改价用token */
  cloud_store_token?: string;
  /** 云店pos单号 */
  cloud_store_bind_pos?: string;
  /** 天猫未来店线下店铺 ID */
  retail_store_id?: string;
  /** 天猫未来店外部 ERP 商品 ID */
  out_item_id?: string;
  /** 新零售全渠道订单：商家自有货品编码 */
  rt_omni_outer_sc_id?: string;
  /** 新零售全渠道订单：后端货品ID */
  rt_omni_sc_id?: string;
  /** 有值表示买家修改了地址；1表示付款后改地址；2表示付款前改地址 */
  modify_address?: string;
  /** 买家修改地址时间 */
  ti_modify_address_time?: string;
  /** 有值表示信用购订单；1表示信用购一期；2表示信用购二期；3表示信用购三期 */
  credit_buy?: string;
  /** 子订单商家代缴税费 */
  s_tariff_fee?: string;
  /** 时效服务身份，如tmallPromise代表天猫时效承诺 */
  timing_promise?: string;
  /** 时效服务字段，服务字段，会有多个服务值，以英文半角逗号","切割 */
  promise_service?: string;
  /** 预计送达时间 */
  es_date?: string;
  /** 预计配送时间段 */
  es_range?: string;
  /** 预约配送，用户预约时间 */
  os_date?: string;
  /** 预约配送，用户预约时间段 */
  os_range?: string;
  /** 物流截单时间，分钟 */
  cutoff_minutes?: string;
  /** 物流时效，相对时间，单位是天 */
  es_time?: string;
  /** 最晚发货时间 */
  delivery_time?: string;
  /** 最晚揽收时间 */
  collect_time?: string;
  /** 最晚派送时间 */
  dispatch_time?: string;
  /** 最晚签收时间 */
  sign_time?: string;
  /** 信用购履约结束时间 */
  promise_end_time?: string;
  /** 前N有礼活动id */
  os_activity_id?: string;
  /** 前N有礼奖品的商品id */
  os_fg_item_id?: string;
  /** 前N有礼获得奖品的数量 */
  os_gift_count?: string;
  /** 前N有礼中奖名次，获得奖品的订单才会有该字段 */
  os_sort_num?: string;
  /** 使用淘金币的数量，以分为单位，和订单标propoint中间那一段一样 */
  propoint?: string;
  /** 是否是考拉商品订单 */
  is_kaola?: boolean;
  /** 特殊的退款类型，比如直播返现、价保 */
  special_refund_type?: string;
  /** 透出的额外信息 */
  extend_info?: string;
  /** 子订单优惠贬值 */
  is_devalue_fee?: boolean;
  /** 同城购渠道店id */
  brand_light_shop_store_id?: string;
  /** 同城购订单来源 */
  brand_light_shop_source?: string;
  /** 服务供应链-服务订单类型,1:主子挂载；2：双主挂载；3：单独售卖 */
  service_order_type?: string;
  /** 服务供应链-服务商外部编码 */
  service_outer_id?: string;
  /** 购物金核销子订单权益金分摊金额（单位为元） */
  expand_card_expand_price_used_suborder?: string;
  /** 购物金核销子订单本金分摊金额（单位为元） */
  expand_card_basic_price_used_suborder?: string;
  /** 预售订单立减金额 */
  lijian?: string;
  /** 优仓业务场景下 1（自动流转）/0（非自动流转） */
  auto_flow?: string;
  /** 订单履约类型 */
  trade_fulfillment_type?: Int64;
  /** 订单是有代发订单，为空表示该订单暂无代发单据，distribute-该子订单有已分配代发单据，cancel-订单的代发单据都已取消， */
  distribute_status?: string;
  /** 是否为闲鱼订单，1是，0否 */
  is_idle?: string;
  /** 赠品关联的id，主品订单下此字段表示赠品订单id，赠品订单表示主品订单id */
  gift_mids?: string;
  /** 是否是赠品订单 */
  is_free_gift?: boolean;
  /** 是否含有赠品 */
  has_gift?: boolean;
  /** 承诺/最晚揽收时间 */
  promise_collect_time?: string;
  /** 表示该子订单会ascp会自动流转到菜鸟仓发货 */
  is_force_dc?: boolean;
  /** 订单是否属于b2b代销 */
  b2b_daixiao?: string;
  /** 发货信息，目前只记录了发货方式 */
  ship_info?: TaobaoTradeFullinfoGetShipInfo[];
  /** 组合品信息 */
  combine_item_info?: TaobaoTradeFullinfoGetCombineSubItemDO[];
  /** 仅对赠品子单生效，退货时赠品是否需要随主品一起退回，字段缺失/true-需要退回，false-无需退回 */
  need_return?: boolean;
  /** 套餐购套餐ID */
  bundle_id?: string;
  /** 套餐购套餐名称 */
  bundle_out_name?: string;
  /** 套餐购套餐类型标识 1营销套餐-PromoBundle 2人群套餐-CrowdBundle */
  bundle_type?: Int64;
  /** 主品关联的1元商品订单号 */
  one_yuan_reservation_orders?: string;
  /** 是否家装分销订单，入参fields中传入orders.is_jzfx时返回 */
  is_jzfx?: boolean;
  /** 鉴定编码 */
  jewcc_no?: string;
}

/** `SortInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetSortInfo {
  /** daySortVal */
  day_sort_val?: Int64;
  /** hourSortVal */
  hour_sort_val?: Int64;
}

/** `ShipInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetShipInfo {
  /** 发货方式（小写） */
  transport_type?: string;
}

/** `CombineSubItemDO` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetCombineSubItemDO {
  /** 商品数字编号 */
  item_id?: Int64;
  /** 商品的最小库存单位Sku的id */
  sku_id?: Int64;
  /** 数量 */
  quantity?: Int64;
  /** 商品名称 */
  item_name?: string;
  /** 商家外部编码(可与商家外部系统对接)。 */
  outer_iid?: string;
  /** SKU标题 */
  sku_title?: string;
  /** 成分品原价 */
  origin_fee?: Int64;
  /** 成分品套餐原价 */
  combine_sub_item_fee?: Int64;
  /** 套餐购是否商品主子成分品 */
  ismain?: boolean;
  /** 套餐购成分品预计承诺时效(如果为时间格式为yyyy-MM-dd 则为绝对时间，为数字则为相对时间，比如7天内发货) */
  estcon_time?: string;
  /** outer_sku_id */
  outer_sku_id?: string;
  /** 教育优惠原价 */
  edu_original_fee?: Int64;
}

/** `PromotionDetail` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetPromotionDetail {
  /** 交易的主订单或子订单号 */
  id?: Int64;
  /** 优惠信息的名称 */
  promotion_name?: string;
  /** 优惠金额（免运费、限时打折时为空）,单位：元 */
  discount_fee?: string;
  /** 满就送商品时，所送商品的名称 */
  gift_item_name?: string;
  /** 赠品的宝贝id */
  gift_item_id?: string;
  /** 满就送礼物的礼物数量 */
  gift_item_num?: string;
  /** 优惠活动的描述 */
  promotion_desc?: string;
  /** 优惠id，(由营销工具id、优惠活动id和优惠详情id组成，结构为：营销工具id-优惠活动id_优惠详情id，如mjs-123024_211143） */
  promotion_id?: string;
  /** 分摊优惠金额（免运费、限时打折时为空）,单位：元 */
  kd_discount_fee?: string;
  /** 若优惠项在主订单上，返回子订单的分摊信息 */
  kd_child_discount_fee?: string;
}

/** `LogisticsTag` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetLogisticsTag {
  /** 主订单或子订单的订单号 */
  order_id?: string;
  /** 服务标签 */
  logistic_service_tag_list?: TaobaoTradeFullinfoGetLogisticServiceTag[];
}

/** `LogisticServiceTag` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetLogisticServiceTag {
  /** 物流服务下的标签属性,多个标签之间有";"分隔 */
  service_tag?: string;
  /** 消费者选快递请直接判断service_tag是否包含companyCode。而不要判断service_type */
  service_type?: string;
}

/** `ServiceOrder` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetServiceOrder {
  /** 虚拟服务子订单订单号 */
  oid?: Int64;
  /** 服务所属的交易订单号。如果服务为一年包换，则item_oid这笔订单享受改服务的保护 */
  item_oid?: Int64;
  /** 服务数字id */
  service_id?: Int64;
  /** 服务详情的URL地址 */
  service_detail_url?: string;
  /** 购买数量，取值范围为大于0的整数 */
  num?: Int64;
  /** 服务价格，精确到小数点后两位：单位:元 */
  price?: string;
  /** 子订单实付金额。精确到2位小数，单位:元。如:200.07，表示:200元7分。 */
  payment?: string;
  /** 商品名称 */
  title?: string;
  /** 服务子订单总费用 */
  total_fee?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 最近退款的id */
  refund_id?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 服务图片地址 */
  pic_path?: string;
  /** 支持家装类物流的类型 */
  tmser_spu_code?: string;
  /** 天猫汽车预约服务时间 */
  et_ser_time?: string;
  /** 电子凭证预约门店地址 */
  et_shop_name?: string;
  /** 电子凭证核销门店地址 */
  et_verified_shop_name?: string;
  /** 车牌号 */
  et_plate_number?: string;
  /** 虚拟服务子订单订单号(String类型) */
  oid_str?: string;
  /** appleCareEmail */
  apple_care_email?: string;
  /** appleCareMPN */
  apple_care_mpn?: string;
  /** 服务供应链-服务商外部编码标 */
  service_outer_id?: string;
  /** 服务供应链-服务订单类型,1:主子挂载；2：双主挂载；3：单独售卖 */
  service_order_type?: string;
  /** 服务订单与实物订单关联关系 */
  ext_service_biz_id?: string;
  /** 套餐购对应的成分品id */
  combine_sub_item_id?: Int64;
  /** 套餐购对应的成分品的skuId */
  combine_sub_item_sku_id?: Int64;
  /** 套餐购服务原价 (单位分) */
  comm_amount_unit?: string;
}

/** `TradeExt` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetTradeExt {
  /** enable前扩展标识位 */
  before_enable_flag?: Int64;
  /** 关闭订单前扩展标识位 */
  before_close_flag?: Int64;
  /** 付款前扩展标识位 */
  before_pay_flag?: Int64;
  /** 发货前扩展标识位 */
  before_ship_flag?: Int64;
  /** 确认收货前扩展标识位 */
  before_confirm_flag?: Int64;
  /** 评价前扩展标识位 */
  before_rate_flag?: Int64;
  /** 退款前扩展标识位 */
  before_refund_flag?: Int64;
  /** 修改前扩展标识位 */
  before_modify_flag?: Int64;
  /** 第三方状态，第三方自由定义 */
  third_party_status?: Int64;
  /** 第三方个性化数据 */
  extra_data?: string;
  /** attributes标记 */
  ext_attributes?: string;
}

/** `LogisticsInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetLogisticsInfo {
  /** 主交易号 */
  trade_id?: Int64;
  /** 子交易号 */
  sub_trade_id?: Int64;
  /** 货品仓储id */
  item_id?: string;
  /** 货品仓储code */
  item_code?: string;
  /** 应发数量 */
  need_consign_num?: Int64;
  /** 如是菜鸟仓，则将菜鸟仓的区域仓code进行填充，如是商家仓发货则填充SC */
  store_code?: string;
  /** 子订单类型:标示该子交易单来源交易，还是BMS增加的，枚举值(00=交易，10=BMS绑定) */
  type?: string;
  /** 商品的最小库存单位Sku的id */
  sku_id?: string;
  /** 商品数字编号 */
  num_iid?: Int64;
  /** 发货类型 CN=菜鸟发货,SC的商家仓发货 */
  consign_type?: string;
  /** 组合货品ID */
  combine_item_id?: string;
  /** 组合货品Code */
  combine_item_code?: string;
  /** 组合货品比例 */
  item_ratio?: Int64;
  /** 货品BarCode */
  bar_code?: string;
  /** 择配信息 */
  delivery_cps?: string;
  /** 推荐配送erp编码 */
  biz_delivery_code?: string;
  /** 仓商家编码 */
  biz_store_code?: string;
  /** 仓配建议类型 */
  biz_sd_type?: string;
  /** 服务决策的发货地，国家 */
  send_country?: string;
  /** 服务决策的发货地，省份 */
  send_state?: string;
  /** 服务决策的发货地，城市 */
  send_city?: string;
  /** 服务决策的发货地，地区 */
  send_district?: string;
  /** 服务决策的发货地，街道地址 */
  send_town?: string;
  /** 服务决策的发货地最小地址编码 */
  send_division_code?: string;
  /** 服务决策的快递黑名单列表 */
  black_delivery_cps?: string;
  /** 服务决策的快递白名单列表 */
  white_delivery_cps?: string;
  /** 订单推荐配送类型 * 0：子单无配建议；ERP按照自己的逻辑进行择配。 * 1：子单有推荐配list，erp可按需参考。 * 2：子单有推荐配list，erp必须在推荐配list中选择配品牌。 * 3：子单有禁用配list，erp需要过滤配品牌。 */
  biz_delivery_type?: Int64;
  /** 未使用仓建议报错 */
  unused_warehouse_error_msg?: string;
  /** 未使用配建议报错 */
  unused_delivery_error_msg?: string;
  /** 使用禁止配报错 */
  used_black_delivery_error_msg?: string;
  /** 承诺/最晚出库时间 */
  promise_outbound_time?: string;
  /** 承诺/最晚揽收时间 */
  promise_collect_time?: string;
}

/** `ExpandCardInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetExpandCardInfo {
  /** 买卡订单本金 */
  basic_price?: string;
  /** 买卡订单权益金 */
  expand_price?: string;
  /** 用卡订单使用的本金 */
  basic_price_used?: string;
  /** 用卡订单使用的权益金 */
  expand_price_used?: string;
}

/** `StepPayDetail` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetStepPayDetail {
  /** 分阶段支付单Id */
  id?: Int64;
  /** 支付状态 */
  pay_status?: Int64;
  /** 支付顺序 */
  step_no?: Int64;
  /** 支付宝交易号 */
  step_channel_no?: string;
  /** 支付方式 */
  step_instrument_code?: string;
  /** 支付金额 */
  step_actual_pay_fee?: string;
}

/** `AgreeRefundCheck` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetAgreeRefundCheck {
  /** 提示文案 */
  delivery_tips?: string;
  /** 流程状态 */
  delivery_process?: string;
  /** 订单id */
  detail_order_id?: string;
}

/** `AddressDetail` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetAddressDetail {
  /** 详细地址 */
  detailed_address?: string;
  /** 行政区编码 */
  division_code?: string;
  /** 区 */
  area?: string;
  /** 电话号码 */
  telephone?: string;
  /** 城市 */
  city?: string;
  /** 省份 */
  prov?: string;
  /** 国家 */
  country?: string;
  /** 国家 */
  contact_name?: string;
  /** 业务类型 */
  biz_type?: string;
}

/** `DeliveryPlan` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetDeliveryPlan {
  /** 计划id */
  plan_id?: Int64;
  /** 交易订单号 */
  order_id?: Int64;
  /** 发货期数 */
  curr_phase?: Int64;
  /** 外部物流单号 */
  out_logistics_id?: string;
  /** 备货期开始时间 */
  prepare_time_begin?: string;
  /** 计划发货时间 */
  ship_time_begin?: string;
  /** 实际发货时间 */
  actual_ship_time?: string;
  /** 发货商品数量 */
  goods_num?: Int64;
  /** 计划状态 */
  plan_status?: Int64;
  /** 计划退款状态 */
  plan_refund_status?: Int64;
  /** 收货人姓名 */
  receiver_name?: string;
  /** 收货人手机号 */
  receiver_mobile?: string;
  /** 收货人电话 */
  receiver_phone?: string;
  /** 收货详细地址 */
  receiver_address?: string;
  /** aid */
  oaid?: string;
  /** 隐私号 */
  privacy_num?: string;
  /** 隐私号过期时间 */
  privacy_expire_time?: string;
  /** 收货地址 */
  receiver_town?: string;
  /** 收货地址 */
  receiver_district?: string;
  /** 收货地址 */
  receiver_city?: string;
  /** 收货地址 */
  receiver_state?: string;
  /** 收货地址 */
  receiver_country?: string;
}

/** `CombineLogisticsDetail` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetCombineLogisticsDetail {
  /** 运单号 */
  invoice_no?: string;
  /** 物流公司 */
  logistics_company?: string;
  /** 子订单id */
  sub_order_id?: string;
  /** 包裹详情（仅支持成分品） */
  send_goods_details?: TaobaoTradeFullinfoGetSendGoodsDetail[];
}

/** `SendGoodsDetail` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetSendGoodsDetail {
  /** 0普通1组合商品2组套商品3后置赠品4状态推进 */
  type?: Int64;
  /** 0全部发货1部分发货 */
  consign_status?: Int64;
  /** 数量 */
  amount?: Int64;
  /** 包裹详情 */
  goods_details?: TaobaoTradeFullinfoGetPackageGoodsDetail[];
}

/** `PackageGoodsDetail` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetPackageGoodsDetail {
  /** 商品数字编号 */
  item_id?: Int64;
  /** sku_id */
  sku_id?: Int64;
  /** 数量 */
  amount?: Int64;
}

/** `IdentifyInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetIdentifyInfo {
  /** 三方鉴定物流相关信息 */
  identify_logistics_infos?: TaobaoTradeFullinfoGetIdentifyLogisticsInfo[];
  /** 三方鉴定服务相关信息 */
  identify_service_infos?: TaobaoTradeFullinfoGetIdentifyServiceInfo[];
}

/** `IdentifyLogisticsInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetIdentifyLogisticsInfo {
  /** 子订单号 */
  detail_order_id?: Int64;
  /** 物流公司 */
  logistics_company?: string;
  /** 阶段号 */
  stage_no?: Int64;
  /** 运单号 */
  invoice_no?: string;
  /** 退款单号 */
  refund_id?: string;
  /** 是否退货 */
  refund?: boolean;
}

/** `IdentifyServiceInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetIdentifyServiceInfo {
  /** 子订单号 */
  detail_order_id?: Int64;
  /** 标的物 */
  unit_id?: string;
  /** 服务单号 */
  service_id?: string;
}

/** `LogisticsConsignInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetLogisticsConsignInfo {
  /** 时效关联的订单好 */
  related_id?: string;
  /** 商家的预计发货时间 */
  consign_time?: string;
  /** 商家的预计发货时间 */
  render_consign_time?: string;
  /** 成分品发货时效 */
  combine_item?: TaobaoTradeFullinfoGetCombineConsignInfo[];
}

/** `CombineConsignInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetCombineConsignInfo {
  /** 套餐组合id */
  comb_id?: string;
  /** 套餐内的商品id */
  item_id?: string;
  /** 套餐内商品的skuId */
  sku_id?: string;
  /** 成分品的预计发货时间 */
  consign_time?: string;
  /** 成分品的预计发货时间 */
  render_consign_time?: string;
}

/** `LogisticsModifyInfo` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetLogisticsModifyInfo {
  /** 修改关联的订单好 */
  related_id?: string;
  /** 修改后的发货时效 */
  consign_time?: string;
  /** 修改前的发货时效 */
  origin_consign_time?: string;
  /** 修改时间 */
  modify_time?: string;
  /** 修改原因 */
  modify_reason?: string;
  /** 成分品的商品id */
  item_id?: string;
  /** 成分品的skuId */
  sku_id?: string;
  /** 成分品的组合id */
  comb_id?: string;
}

/** `LogisticsAgreement` of `taobao.trade.fullinfo.get`. */
export interface TaobaoTradeFullinfoGetLogisticsAgreement {
  /** 服务承诺/异常文案 */
  logistics_service_msg?: string;
  /** 物流服务业务身份 */
  asdp_biz_type?: string;
  /** 物流信息，多个值时用英文逗号隔开 */
  asdp_ads?: string;
  /** 计划送达时间 */
  sign_time?: string;
  /** 承诺/最晚送达时间 */
  promise_sign_time?: string;
  /** ERP应推单时间(主单) */
  push_time?: string;
  /** 1：不支持子单部分发货 */
  no_detail_part_consign?: string;
  /** 1：代表该订单是预售下沉订单类型为前置表达 */
  sink_type?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  tid: 'Number',
  include_oaid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    buyer_open_uid: 'String',
    title: 'String',
    type: 'String',
    created: 'Date',
    sid: 'String',
    tid: 'Number',
    acookie_id: 'String',
    seller_rate: 'Boolean',
    buyer_rate: 'Boolean',
    status: 'String',
    payment: 'String',
    discount_fee: 'String',
    adjust_fee: 'String',
    post_fee: 'String',
    total_fee: 'String',
    pay_time: 'Date',
    end_time: 'Date',
    modified: 'Date',
    consign_time: 'Date',
    received_payment: 'String',
    commission_fee: 'String',
    buyer_memo: 'String',
    seller_memo: 'String',
    buyer_area: 'String',
    alipay_no: 'String',
    buyer_message: 'String',
    pic_path: 'String',
    num_iid: 'Number',
    price: 'String',
    cod_fee: 'String',
    cod_status: 'String',
    buyer_cod_fee: 'String',
    seller_cod_fee: 'String',
    express_agency_fee: 'String',
    shipping_type: 'String',
    num: 'Number',
    point_fee: 'Number',
    real_point_fee: 'Number',
    buyer_obtain_point_fee: 'Number',
    buyer_alipay_no: 'String',
    receiver_name: 'String',
    receiver_country: 'String',
    receiver_state: 'String',
    receiver_city: 'String',
    receiver_district: 'String',
    receiver_town: 'String',
    receiver_address: 'String',
    receiver_zip: 'String',
    receiver_mobile: 'String',
    receiver_phone: 'String',
    buyer_email: 'String',
    seller_alipay_no: 'String',
    seller_mobile: 'String',
    seller_phone: 'String',
    seller_name: 'String',
    seller_email: 'String',
    available_confirm_fee: 'String',
    has_post_fee: 'Boolean',
    timeout_action_time: 'Date',
    snapshot_url: 'String',
    trade_memo: 'String',
    promotion: 'String',
    is_3D: 'Boolean',
    is_lgtype: 'Boolean',
    is_brand_sale: 'Boolean',
    is_force_wlb: 'Boolean',
    buyer_flag: 'Number',
    seller_flag: 'Number',
    credit_card_fee: 'String',
    step_trade_status: 'String',
    step_paid_fee: 'String',
    eticket_ext: 'String',
    mark_desc: 'String',
    has_yfx: 'Boolean',
    yfx_fee: 'String',
    yfx_id: 'String',
    yfx_type: 'String',
    send_time: 'String',
    can_rate: 'Boolean',
    seller_can_rate: 'Boolean',
    is_part_consign: 'Boolean',
    is_daixiao: 'Boolean',
    is_wt: 'Boolean',
    arrive_interval: 'Number',
    arrive_cut_time: 'String',
    consign_interval: 'Number',
    o2o: 'String',
    o2o_guide_id: 'String',
    o2o_guide_name: 'String',
    o2o_shop_id: 'String',
    o2o_shop_name: 'String',
    o2o_delivery: 'String',
    o2o_out_trade_id: 'String',
    shop_code: 'String',
    hk_en_name: 'String',
    hk_flight_no: 'String',
    hk_china_name: 'String',
    hk_card_code: 'String',
    hk_card_type: 'String',
    hk_flight_date: 'String',
    hk_gender: 'String',
    hk_birthday: 'String',
    hk_pickup: 'String',
    hk_pickup_id: 'String',
    est_con_time: 'String',
    orders: [
      {
        title: 'String',
        pic_path: 'String',
        price: 'String',
        num_iid: 'Number',
        sku_id: 'String',
        outer_iid: 'String',
        outer_sku_id: 'String',
        refund_status: 'String',
        status: 'String',
        oid: 'Number',
        total_fee: 'String',
        payment: 'String',
        discount_fee: 'String',
        adjust_fee: 'String',
        divide_order_fee: 'String',
        part_mjz_discount: 'String',
        sku_properties_name: 'String',
        item_meal_id: 'Number',
        item_meal_name: 'String',
        num: 'Number',
        snapshot_url: 'String',
        timeout_action_time: 'Date',
        item_memo: 'String',
        buyer_rate: 'Boolean',
        seller_rate: 'Boolean',
        refund_id: 'String',
        seller_type: 'String',
        cid: 'Number',
        is_oversold: 'Boolean',
        end_time: 'Date',
        order_from: 'String',
        is_service_order: 'Boolean',
        consign_time: 'String',
        shipping_type: 'String',
        logistics_company: 'String',
        invoice_no: 'String',
        bind_oid: 'Number',
        is_daixiao: 'Boolean',
        ticket_outer_id: 'String',
        ticket_expdate_key: 'String',
        is_www: 'Boolean',
        store_code: 'String',
        tmser_spu_code: 'String',
        sub_order_tax_fee: 'String',
        sub_order_tax_rate: 'String',
        et_ser_time: 'String',
        et_shop_name: 'String',
        et_verified_shop_name: 'String',
        et_plate_number: 'String',
        estimate_con_time: 'String',
        bind_oids: 'String',
        zhengji_status: 'String',
        md_qualification: 'String',
        md_fee: 'String',
        customization: 'String',
        inv_type: 'String',
        is_sh_ship: 'Boolean',
        shipper: 'String',
        f_type: 'String',
        f_status: 'String',
        f_term: 'String',
        combo_id: 'String',
        order_attr: 'String',
        assembly_rela: 'String',
        assembly_price: 'String',
        assembly_item: 'String',
        sub_order_tax_promotion_fee: 'String',
        down_payment: 'String',
        down_payment_ratio: 'String',
        month_payment: 'String',
        tail_payment: 'String',
        installment_num: 'String',
        penalty: 'String',
        service_fee: 'String',
        car_taker: 'String',
        car_taker_phone: 'String',
        car_taker_id: 'String',
        car_store_code: 'String',
        car_store_name: 'String',
        out_unique_id: 'String',
        ws_bank_apply_no: 'String',
        oid_str: 'String',
        fqg_num: 'Number',
        is_fqg_s_fee: 'Boolean',
        tax_free: 'Boolean',
        tax_coupon_discount: 'String',
        nr_reduce_inv_fail: 'String',
        nr_outer_iid: 'String',
        bind_oids_all_status: 'String',
        sort_info: {
          day_sort_val: 'Number',
          hour_sort_val: 'Number',
        },
        o2o_guide_id: 'String',
        o2o_guide_name: 'String',
        o2o_shop_id: 'String',
        o2o_shop_name: 'String',
        biz_code: 'String',
        cloud_store: 'String',
        hj_settle_no_commission: 'String',
        order_taking: 'String',
        cloud_store_token: 'String',
        cloud_store_bind_pos: 'String',
        retail_store_id: 'String',
        out_item_id: 'String',
        rt_omni_outer_sc_id: 'String',
        rt_omni_sc_id: 'String',
        modify_address: 'String',
        ti_modify_address_time: 'String',
        credit_buy: 'String',
        s_tariff_fee: 'String',
        timing_promise: 'String',
        promise_service: 'String',
        es_date: 'String',
        es_range: 'String',
        os_date: 'String',
        os_range: 'String',
        cutoff_minutes: 'String',
        es_time: 'String',
        delivery_time: 'String',
        collect_time: 'String',
        dispatch_time: 'String',
        sign_time: 'String',
        promise_end_time: 'String',
        os_activity_id: 'String',
        os_fg_item_id: 'String',
        os_gift_count: 'String',
        os_sort_num: 'String',
        propoint: 'String',
        is_kaola: 'Boolean',
        special_refund_type: 'String',
        extend_info: 'String',
        is_devalue_fee: 'Boolean',
        brand_light_shop_store_id: 'String',
        brand_light_shop_source: 'String',
        service_order_type: 'String',
        service_outer_id: 'String',
        expand_card_expand_price_used_suborder: 'String',
        expand_card_basic_price_used_suborder: 'String',
        lijian: 'String',
        auto_flow: 'String',
        trade_fulfillment_type: 'Number',
        distribute_status: 'String',
        is_idle: 'String',
        gift_mids: 'String',
        is_free_gift: 'Boolean',
        has_gift: 'Boolean',
        promise_collect_time: 'String',
        is_force_dc: 'Boolean',
        b2b_daixiao: 'String',
        ship_info: [
          {
            transport_type: 'String',
          },
        ],
        combine_item_info: [
          {
            item_id: 'Number',
            sku_id: 'Number',
            quantity: 'Number',
            item_name: 'String',
            outer_iid: 'String',
            sku_title: 'String',
            origin_fee: 'Number',
            combine_sub_item_fee: 'Number',
            ismain: 'Boolean',
            estcon_time: 'String',
            outer_sku_id: 'String',
            edu_original_fee: 'Number',
          },
        ],
        need_return: 'Boolean',
        bundle_id: 'String',
        bundle_out_name: 'String',
        bundle_type: 'Number',
        one_yuan_reservation_orders: 'String',
        is_jzfx: 'Boolean',
        jewcc_no: 'String',
      },
    ],
    promotion_details: [
      {
        id: 'Number',
        promotion_name: 'String',
        discount_fee: 'String',
        gift_item_name: 'String',
        gift_item_id: 'String',
        gift_item_num: 'String',
        promotion_desc: 'String',
        promotion_id: 'String',
        kd_discount_fee: 'String',
        kd_child_discount_fee: 'String',
      },
    ],
    service_tags: [
      {
        order_id: 'String',
        logistic_service_tag_list: [
          {
            service_tag: 'String',
            service_type: 'String',
          },
        ],
      },
    ],
    service_orders: [
      {
        oid: 'Number',
        item_oid: 'Number',
        service_id: 'Number',
        service_detail_url: 'String',
        num: 'Number',
        price: 'String',
        payment: 'String',
        title: 'String',
        total_fee: 'String',
        buyer_nick: 'String',
        refund_id: 'String',
        seller_nick: 'String',
        pic_path: 'String',
        tmser_spu_code: 'String',
        et_ser_time: 'String',
        et_shop_name: 'String',
        et_verified_shop_name: 'String',
        et_plate_number: 'String',
        oid_str: 'String',
        apple_care_email: 'String',
        apple_care_mpn: 'String',
        service_outer_id: 'String',
        service_order_type: 'String',
        ext_service_biz_id: 'String',
        combine_sub_item_id: 'Number',
        combine_sub_item_sku_id: 'Number',
        comm_amount_unit: 'String',
      },
    ],
    trade_from: 'String',
    trade_source: 'String',
    zero_purchase: 'Boolean',
    alipay_point: 'Number',
    pcc_af: 'Number',
    trade_ext: {
      before_enable_flag: 'Number',
      before_close_flag: 'Number',
      before_pay_flag: 'Number',
      before_ship_flag: 'Number',
      before_confirm_flag: 'Number',
      before_rate_flag: 'Number',
      before_refund_flag: 'Number',
      before_modify_flag: 'Number',
      third_party_status: 'Number',
      extra_data: 'String',
      ext_attributes: 'String',
    },
    order_tax_fee: 'String',
    et_ser_time: 'String',
    et_shop_name: 'String',
    et_verified_shop_name: 'String',
    et_plate_number: 'String',
    o2o_snatch_status: 'String',
    is_sh_ship: 'Boolean',
    eticket_service_addr: 'String',
    et_type: 'String',
    market: 'String',
    obs: 'String',
    et_shop_id: 'Number',
    paid_coupon_fee: 'String',
    shop_pick: 'String',
    rx_audit_status: 'String',
    es_date: 'String',
    es_range: 'String',
    os_date: 'String',
    os_range: 'String',
    coupon_fee: 'Number',
    post_gate_declare: 'Boolean',
    cross_bonded_declare: 'Boolean',
    trade_attr: 'String',
    top_hold: 'Number',
    omni_attr: 'String',
    omni_param: 'String',
    assembly: 'String',
    forbid_consign: 'Number',
    identity: 'String',
    team_buy_hold: 'Number',
    share_group_hold: 'Number',
    ofp_hold: 'Number',
    o2o_step_trade_detail: 'String',
    o2o_step_order_id: 'String',
    o2o_et_order_id: 'String',
    o2o_voucher_price: 'String',
    order_tax_promotion_fee: 'String',
    delay_create_delivery: 'Number',
    tid_str: 'String',
    toptype: 'Number',
    service_type: 'String',
    o2o_service_mobile: 'String',
    o2o_service_name: 'String',
    o2o_service_state: 'String',
    o2o_service_city: 'String',
    o2o_service_district: 'String',
    o2o_service_town: 'String',
    o2o_service_address: 'String',
    o2o_step_trade_detail_new: 'String',
    o2o_xiaopiao: 'String',
    o2o_contract: 'String',
    recharge_fee: 'String',
    retail_store_code: 'String',
    retail_out_order_id: 'String',
    platform_subsidy_fee: 'String',
    nr_offline: 'String',
    wtt_param: 'String',
    logistics_infos: [
      {
        trade_id: 'Number',
        sub_trade_id: 'Number',
        item_id: 'String',
        item_code: 'String',
        need_consign_num: 'Number',
        store_code: 'String',
        type: 'String',
        sku_id: 'String',
        num_iid: 'Number',
        consign_type: 'String',
        combine_item_id: 'String',
        combine_item_code: 'String',
        item_ratio: 'Number',
        bar_code: 'String',
        delivery_cps: 'String',
        biz_delivery_code: 'String',
        biz_store_code: 'String',
        biz_sd_type: 'String',
        send_country: 'String',
        send_state: 'String',
        send_city: 'String',
        send_district: 'String',
        send_town: 'String',
        send_division_code: 'String',
        black_delivery_cps: 'String',
        white_delivery_cps: 'String',
        biz_delivery_type: 'Number',
        unused_warehouse_error_msg: 'String',
        unused_delivery_error_msg: 'String',
        used_black_delivery_error_msg: 'String',
        promise_outbound_time: 'String',
        promise_collect_time: 'String',
      },
    ],
    seller_nick: 'String',
    buyer_nick: 'String',
    nr_store_order_id: 'String',
    nr_shop_id: 'String',
    nr_shop_name: 'String',
    nr_shop_guide_id: 'String',
    nr_shop_guide_name: 'String',
    sort_info: {
      day_sort_val: 'Number',
      hour_sort_val: 'Number',
    },
    sorted: 'Number',
    nr_no_handle: 'String',
    biz_code: 'String',
    cloud_store: 'String',
    is_gift: 'Boolean',
    donee_nick: 'String',
    donee_open_uid: 'String',
    suning_shop_code: 'String',
    suning_shop_valid: 'Number',
    allow_appkeys: 'String',
    new_presell: 'Boolean',
    you_xiang: 'Boolean',
    retail_store_id: 'String',
    is_istore: 'Boolean',
    ua: 'String',
    linkedmall_ext_info: 'String',
    pay_channel: 'String',
    rt_omni_send_type: 'String',
    rt_omni_store_id: 'String',
    rt_omni_outer_store_id: 'String',
    tcps_start: 'String',
    tcps_code: 'String',
    tcps_end: 'String',
    m_tariff_fee: 'String',
    timing_promise: 'String',
    promise_service: 'String',
    cutoff_minutes: 'String',
    es_time: 'String',
    delivery_time: 'String',
    collect_time: 'String',
    dispatch_time: 'String',
    sign_time: 'String',
    outer_partner_member_id: 'String',
    root_cat: 'String',
    gifting: 'String',
    gifting_takeout: 'String',
    oi_date: 'String',
    oi_range: 'String',
    hold_install: 'String',
    app_name: 'String',
    easy_home_city_type: 'String',
    nr_deposit_order_id: 'String',
    nr_store_code: 'String',
    propoint: 'String',
    zqs_order_tag: 'String',
    txp_freezer_id: 'String',
    txp_receive_method: 'String',
    expandcard_info: {
      basic_price: 'String',
      expand_price: 'String',
      basic_price_used: 'String',
      expand_price_used: 'String',
    },
    extend_info: 'String',
    lm: 'String',
    brand_light_shop_source: 'String',
    brand_light_shop_store_id: 'String',
    is_wmly: 'String',
    omni_package: 'String',
    ncz_ext_attr: 'String',
    invoice_detail_pay: 'String',
    invoice_detail_mid_refund: 'String',
    invoice_detail_after_refund: 'String',
    expand_card_basic_price: 'String',
    expand_card_expand_price: 'String',
    expand_card_basic_price_used: 'String',
    expand_card_expand_price_used: 'String',
    delivery_cps: 'String',
    asdp_biz_type: 'String',
    is_openmall: 'Boolean',
    v_logistics_create: 'Boolean',
    q_r_pay: 'Boolean',
    order_follow_id: 'String',
    asdp_ads: 'String',
    ob_tag: 'String',
    general_new_presell: 'Boolean',
    drug_register: 'String',
    step_pay_details: [
      {
        id: 'Number',
        pay_status: 'Number',
        step_no: 'Number',
        step_channel_no: 'String',
        step_instrument_code: 'String',
        step_actual_pay_fee: 'String',
      },
    ],
    agree_refund_checks: [
      {
        delivery_tips: 'String',
        delivery_process: 'String',
        detail_order_id: 'String',
      },
    ],
    address_details: [
      {
        detailed_address: 'String',
        division_code: 'String',
        area: 'String',
        telephone: 'String',
        city: 'String',
        prov: 'String',
        country: 'String',
        contact_name: 'String',
        biz_type: 'String',
      },
    ],
    stage_address_type: 'String',
    og_id: 'String',
    promise_sign_time: 'String',
    tmall_coupon_fee: 'Number',
    delivery_plan: [
      {
        plan_id: 'Number',
        order_id: 'Number',
        curr_phase: 'Number',
        out_logistics_id: 'String',
        prepare_time_begin: 'Date',
        ship_time_begin: 'Date',
        actual_ship_time: 'Date',
        goods_num: 'Number',
        plan_status: 'Number',
        plan_refund_status: 'Number',
        receiver_name: 'String',
        receiver_mobile: 'String',
        receiver_phone: 'String',
        receiver_address: 'String',
        oaid: 'String',
        privacy_num: 'String',
        privacy_expire_time: 'Date',
        receiver_town: 'String',
        receiver_district: 'String',
        receiver_city: 'String',
        receiver_state: 'String',
        receiver_country: 'String',
      },
    ],
    omnichannel_param: 'String',
    oaid: 'String',
    is_cycle_buy: 'Boolean',
    scenario_group: 'String',
    play_type: 'String',
    is_force_dc: 'Boolean',
    combine_logistics_details: [
      {
        invoice_no: 'String',
        logistics_company: 'String',
        sub_order_id: 'String',
        send_goods_details: [
          {
            type: 'Number',
            consign_status: 'Number',
            amount: 'Number',
            goods_details: [
              {
                item_id: 'Number',
                sku_id: 'Number',
                amount: 'Number',
              },
            ],
          },
        ],
      },
    ],
    identify_info: {
      identify_logistics_infos: [
        {
          detail_order_id: 'Number',
          logistics_company: 'String',
          stage_no: 'Number',
          invoice_no: 'String',
          refund_id: 'String',
          refund: 'Boolean',
        },
      ],
      identify_service_infos: [
        {
          detail_order_id: 'Number',
          unit_id: 'String',
          service_id: 'String',
        },
      ],
    },
    logistics_consign_info: [
      {
        related_id: 'String',
        consign_time: 'String',
        render_consign_time: 'String',
        combine_item: [
          {
            comb_id: 'String',
            item_id: 'String',
            sku_id: 'String',
            consign_time: 'String',
            render_consign_time: 'String',
          },
        ],
      },
    ],
    logistics_modify_info: [
      {
        related_id: 'String',
        consign_time: 'String',
        origin_consign_time: 'String',
        modify_time: 'String',
        modify_reason: 'String',
        item_id: 'String',
        sku_id: 'String',
        comb_id: 'String',
      },
    ],
    priority_consign_time: 'String',
    logistics_agreement: {
      logistics_service_msg: 'String',
      asdp_biz_type: 'String',
      asdp_ads: 'String',
      sign_time: 'String',
      promise_sign_time: 'String',
      push_time: 'String',
      no_detail_part_consign: 'String',
      sink_type: 'String',
    },
    real_name_auth_status: 'String',
    third_party_customs_declaration: 'String',
    receipt_type: 'String',
    receipt_rel_ids: ['String'],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.fullinfo.get`: method, response root, request and response schemas. */
export const taobaoTradeFullinfoGetOperation = {
  method: 'taobao.trade.fullinfo.get',
  responseRoot: 'trade_fullinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单笔交易的详细信息 — calls TOP method `taobao.trade.fullinfo.get`.
 *
 * 获取单笔交易的详细信息
 *
 * 1. 只有单笔订单的情况下Trade数据结构中才包含商品相关的信息
 *
 * 2. 获取到的Order中的payment字段在单笔子订单时包含物流费用，多笔子订单时不包含物流费用
 *
 * 3. 获取红包金额使用字段：tmall_coupon_fee（天猫商家订单使用的红包金额）
 *
 * 4. 请按需获取字段，减少TOP系统的压力
 *
 * 点击查看更多交易API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeFullinfoGet(
  client: TopClient,
  request: TaobaoTradeFullinfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeFullinfoGetResponse> {
  return client.call<TaobaoTradeFullinfoGetResponse>(
    {
      method: 'taobao.trade.fullinfo.get',
      responseRoot: 'trade_fullinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
