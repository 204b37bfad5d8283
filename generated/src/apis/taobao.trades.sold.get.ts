// Generated from specs/tbtrade/taobao.trades.sold.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trades.sold.get` (查询卖家已卖出的交易数据（根据创建时间）). */
export interface TaobaoTradesSoldGetRequest {
  /** 需要返回的字段列表，多个字段用半角逗号分隔，可选值为返回示例中能看到的所有字段。rx_audit_status=0,处方药未审核 */
  fields: string;
  /** 查询三个月内交易创建时间开始。格式:yyyy-MM-dd HH:mm:ss */
  start_created?: DateInput;
  /** 查询交易创建时间结束。格式:yyyy-MM-dd HH:mm:ss */
  end_created?: DateInput;
  /** 交易状态（查看可选值），默认查询所有交易状态的数据，除了默认值外每次只能查询一种状态。 */
  status?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 交易类型列表，同时查询多种交易类型可用逗号分隔。默认同时查询guarantee_trade,auto_delivery,ec,cod,step 这5 种的交易类型的数据；查询所有交易类型的数据，需要设置下面全部可选值。可选值：fixed(一口价)auction(拍卖)guarantee_trade(一口价、拍卖)step(分阶段付款，万人团，阶梯团订单）independent_simple_trade(旺店入门版交易)independent_shop_trade(旺店标准版交易)auto_delivery(自动发货)ec(直冲)cod(货到付款)game_equipment(游戏装备)shopex_trade(ShopEX交易)netcn_trade(万网交易)external_trade(统一外部交易)instant_trade (即时到账)b2c_cod(大商家货到付款)hotel_trade(酒店类型交易)super_market_trade(商超交易)super_market_cod_trade(商超货到付款交易)taohua(淘花网交易类型）waimai(外卖交易类型）o2o_offlinetrade（O2O交易）nopaid（即时到帐/趣味猜交易类型）step (万人团) eticket(电子凭证) tmall_i18n（天猫国际）;nopaid （无付款交易）insurance_plus（保险）finance（基金）注：guarantee_trade是一个组合查询条件，并不是一种交易类型，获取批量或单个订单中不会返回此种类型的订单。pre_auth_type(预授权0元购) lazada（获取lazada订单类型） */
  type?: string;
  /** 可选值有ershou(二手市场的订单）,service（商城服务子订单）mark（双十一大促活动异常订单）作为扩展类型筛选只能做单个ext_type查询，不能全部查询所有的ext_type类型 */
  ext_type?: string;
  /**
   * 评价状态，默认查询所有评价状态的数据，除了默认值外每次只能查询一种状态。
   * 可选值：RATE_UNBUYER(买家未评)RATE_UNSELLER(卖家未评)RATE_BUYER_UNSELLER(买家已评，卖家未评)RATE_UNBUYER_SELLER(买家未评，卖家已评)RATE_BUYER_SELLER(买家已评,卖家已评)
   */
  rate_status?: string;
  /** 卖家对交易的自定义分组标签，目前可选值为：time_card（点卡软件代充），fee_card（话费软件代充） */
  tag?: string;
  /** 页码。默认值:1，可填整数，通过传入page_no来控制获取的页数，总页数=total_results÷page_size */
  page_no?: Int64Input;
  /** 每页条数。 默认值:40;最大值:100，可填整数。通过page_no和page_size组合多次调用实现翻页获取全量数据。 */
  page_size?: Int64Input;
  /** 是否启用has_next的分页方式，如果指定true,则返回的结果中不包含总记录数，但是会新增一个是否存在下一页的的字段，通过此种方式获取增量交易，接口调用成功率在原有的基础上有所提升。 */
  use_has_next?: boolean;
  /** 买家的openId */
  buyer_open_id?: string;
}

/** Response of `taobao.trades.sold.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradesSoldGetResponse {
  /** 搜索到的交易信息总数 */
  total_results?: Int64;
  /** 搜索到的交易信息列表，返回的Trade和Order中包含的具体信息为入参fields请求的字段信息 */
  trades?: TaobaoTradesSoldGetTrade[];
  /** 是否存在下一页 */
  has_next?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trades.sold.get`. */
export interface TaobaoTradesSoldGetTrade {
  /** 卖家昵称 */
  seller_nick?: string;
  /** 买家OpenUid */
  buyer_open_uid?: string;
  /** 交易标题，以店铺名作为此标题的值。注:taobao.trades.get接口返回的Trade中的title是商品名称 */
  title?: string;
  /** 交易类型列表，同时查询多种交易类型可用逗号分隔。默认同时查询guarantee_trade, auto_delivery, ec, cod的4种交易类型的数据 可选值 fixed(一口价) auction(拍卖) guarantee_trade(一口价、拍卖) auto_delivery(自动发货) independent_simple_trade(旺店入门版交易) independent_shop_trade(旺店标准版交易) ec(直冲) cod(货到付款) fenxiao(分销) game_equipment(游戏装备) shopex_trade(ShopEX交易) netcn_trade(万网交易) external_trade(统一外部交易)o2o_offlinetrade（O2O交易）step (万人团)nopaid(无付款订单)pre_auth_type(预授权0元购机交易) */
  type?: string;
  /** 交易创建时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
  /** Acookie订单唯一ID。 */
  acookie_id?: string;
  /** 物流运单号 */
  sid?: string;
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
  /** 同步到卖家库的时间，taobao.trades.sold.incrementv.get接口返回此字段 */
  async_modified?: string;
  /** 卖家发货时间。格式:yyyy-MM-dd HH:mm:ss */
  consign_time?: string;
  /** 卖家实际收到的支付宝打款金额（由于子订单可以部分确认收货，这个金额会随着子订单的确认收货而不断增加，交易成功后等于买家实付款减去退款金额）。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  received_payment?: string;
  /** 交易佣金。精确到2位小数;单位:元。如:200.07，表示:200元7分 */
  commission_fee?: string;
  /** 支付宝交易号，如：2009112081173831 */
  alipay_no?: string;
  /** 买家的支付宝id号，在UIC中有记录，买家支付宝的唯一标示，不因为买家更换Email账号而改变。 */
  alipay_id?: Int64;
  /** 买家下单的地区 */
  buyer_area?: string;
  /** 卡易售垂直表信息，去除下单ip之后的结果 */
  nut_feature?: string;
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
  /** 创建交易时的物流方式（交易完成前，物流方式有可能改变，但系统里的这个字段一直不变）。可选值：free(卖家包邮),post(平邮),express(快递),ems(EMS),virtual(虚拟发货)，25(次日必达)，26(预约配送)。 */
  shipping_type?: string;
  /** 商品购买数量。取值范围：大于零的整数,对于一个trade对应多个order的时候（一笔主订单，对应多笔子订单），num=0，num是一个跟商品关联的属性，一笔订单对应多比子订单的时候，主订单上的num无意义。 */
  num?: Int64;
  /** 买家使用积分,下单时生成，且一直不变。格式:100;单位:个. */
  point_fee?: Int64;
  /** 买家实际使用积分（扣除部分退款使用的积分），交易完成后生成（交易成功或关闭），交易未完成时该字段值为0。格式:100;单位:个 */
  real_point_fee?: Int64;
  /** 买家获得积分,返点的积分。格式:100;单位:个。返点的积分要交易成功之后才能获得。 */
  buyer_obtain_point_fee?: Int64;
  /** 收货人的姓名(加密) */
  receiver_name?: string;
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
  /** 收货人的详细地址(加密) */
  receiver_address?: string;
  /** 收货人的邮编 */
  receiver_zip?: string;
  /** 收货人的手机号码(加密) */
  receiver_mobile?: string;
  /** 收货人的电话号码(加密) */
  receiver_phone?: string;
  /** 卖家备注旗帜（与淘宝网上订单的卖家备注旗帜对应，只有卖家才能查看该字段）红、黄、绿、蓝、紫 分别对应 1、2、3、4、5 */
  seller_flag?: Int64;
  /** 是否保障速递，如果为true，则为保障速递订单，使用线下联系发货接口发货，如果未false，则该订单非保障速递，根据卖家设置的订单流转规则可使用物流宝或者常规物流发货。 */
  is_lgtype?: boolean;
  /** 次日达，三日达等送达类型 */
  lg_aging_type?: string;
  /** 次日达订单送达时间 */
  lg_aging?: string;
  /** 表示是否是品牌特卖（常规特卖，不包括特卖惠和特实惠）订单，如果是返回true，如果不是返回false。当此字段与is_force_wlb均为true时，订单强制物流宝发货。 */
  is_brand_sale?: boolean;
  /** 订单是否强制使用物流宝发货。当此字段与is_brand_sale均为true时，订单强制物流宝发货。此字段为false时，该订单根据流转规则设置可以使用物流宝或者常规方式发货 */
  is_force_wlb?: boolean;
  /** 判断订单是否有买家留言，有买家留言返回true，否则返回false */
  has_buyer_message?: boolean;
  /** 使用信用卡支付金额数 */
  credit_card_fee?: string;
  /** 交易内部来源。WAP(手机);HITAO(嗨淘);TOP(TOP平台);TAOBAO(普通淘宝);JHS(聚划算)一笔订单可能同时有以上多个标记，则以逗号分隔 */
  trade_from?: string;
  /** 分阶段付款的订单状态（例如万人团订单等），目前有三返回状态FRONT_NOPAID_FINAL_NOPAID(定金未付尾款未付)，FRONT_PAID_FINAL_NOPAID(定金已付尾款未付)，FRONT_PAID_FINAL_PAID(定金和尾款都付) */
  step_trade_status?: string;
  /** 分阶段付款的已付金额（万人团订单已付金额） */
  step_paid_fee?: string;
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
  /** 交易外部来源：ownshop(商家官网) */
  trade_source?: string;
  /** 订单将在此时间前发出，主要用于预售订单 */
  send_time?: string;
  /** 卖家是否可以对订单进行评价 */
  seller_can_rate?: boolean;
  /** 是否是多次发货的订单如果卖家对订单进行多次发货，则为true否则为false */
  is_part_consign?: boolean;
  /** 表示订单交易是否网厅订单。 如果该订单是网厅订单，那么该值为true；反之，该值为false。 */
  is_wt?: boolean;
  /** 表示订单交易是否含有对应的代销采购单。如果该订单中存在一个对应的代销采购单，那么该值为true；反之，该值为false。 */
  is_daixiao?: boolean;
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
  /** 订单列表 */
  orders?: TaobaoTradesSoldGetOrder[];
  /** 服务子订单列表 */
  service_orders?: TaobaoTradesSoldGetServiceOrder[];
  /** 在返回的trade对象上专门增加一个字段zero_purchase来区分，这个为true的就是0元购机预授权交易 */
  zero_purchase?: boolean;
  /** 收货人国籍 */
  receiver_country?: string;
  /** 天猫国际官网直供主订单关税税费 */
  order_tax_fee?: string;
  /** 门店自提总店发货提货门店 */
  shop_pick?: string;
  /** 处方药未审核 */
  rx_audit_status?: string;
  /** 邮关订单 */
  post_gate_declare?: boolean;
  /** 跨境订单 */
  cross_bonded_declare?: boolean;
  /** 天猫国际计税优惠金额 */
  order_tax_promotion_fee?: string;
  /** serviceType */
  service_type?: string;
  /** 是否是智慧门店订单，只有true，或者 null 两种情况 */
  is_o2o_passport?: boolean;
  /** tmallDelivery */
  tmall_delivery?: boolean;
  /** threeplTiming */
  threepl_timing?: boolean;
  /** 天猫直送服务 */
  cn_service?: string;
  /** 截单时间 */
  cutoff_minutes?: string;
  /** 时效：天 */
  es_time?: string;
  /** 发货时间 */
  delivery_time?: string;
  /** 揽收时间 */
  collect_time?: string;
  /** 派送时间 */
  dispatch_time?: string;
  /** 签收时间 */
  sign_time?: string;
  /** 派送CP */
  delivery_cps?: string;
  /** 预计送达时间段 */
  es_range?: string;
  /** 预计送达日期 */
  es_date?: string;
  /** 预约送达时间段 */
  os_range?: string;
  /** 预约送达日期 */
  os_date?: string;
  /** 业务身份 */
  asdp_biz_type?: string;
  /** 送货上门标 */
  asdp_ads?: string;
  /** 是否疫情登记的订单。0=未登记，1=已登记 */
  drug_register?: string;
  /** 承诺/最晚送达时间 */
  promise_sign_time?: string;
  /** （收货人+手机号+座机+收货地址+create）5个字段组合成oaid，原始订单上座机为空也满足条件，否则生成不了oaid */
  oaid?: string;
  /** 淘鲜达半日达 */
  scenario_group?: string;
  /** 是否自动流转到菜鸟仓发货 */
  is_force_dc?: boolean;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 物流服务承诺 */
  logistics_agreement?: TaobaoTradesSoldGetLogisticsAgreement;
  /** 子单维度物流发货信息 */
  logistics_infos?: TaobaoTradesSoldGetLogisticsInfo[];
}

/** `Order` of `taobao.trades.sold.get`. */
export interface TaobaoTradesSoldGetOrder {
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
   * WAIT_BUYER_PAY(等待买家付款)
   * WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)
   * WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)
   * TRADE_BUYER_SIGNED(买家已签收,货到付款专用)
   * TRADE_FINISHED(交易成功)
   * TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)
   * TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)
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
  /** 子订单的交易结束时间说明：子订单有单独的结束时间，与主订单的结束时间可能有所不同，在有退款发起的时候或者是主订单分阶段付款的时候，子订单的结束时间会早于主订单的结束时间，所以开放这个字段便于订单结束状态的判断 */
  end_time?: string;
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
  /** 征集预售订单征集状态：1（征集中），2（征集成功），3（征集失败） */
  zhengji_status?: string;
  /** 免单资格 */
  md_qualification?: string;
  /** 免单金额 */
  md_fee?: string;
  /** 天猫国际子订单计税优惠金额 */
  sub_order_tax_promotion_fee?: string;
  /** 天猫国际子订单是否包税 */
  tax_free?: boolean;
  /** 天猫国际子订单包税金额 */
  tax_coupon_discount?: string;
  /** 特殊退款状态 */
  special_refund_type?: string;
  /** 子订单是否优惠贬值 */
  is_devalue_fee?: boolean;
  /** 是否为闲鱼订单 1是0否 */
  is_idle?: string;
  /** 承诺/最晚揽收时间 */
  promise_collect_time?: string;
  /** 是否自动流转到菜鸟仓发货 */
  is_force_dc?: boolean;
  /** 发货信息，目前只记录了发货方式 */
  shp_info?: TaobaoTradesSoldGetShipInfo[];
}

/** `ShipInfo` of `taobao.trades.sold.get`. */
export interface TaobaoTradesSoldGetShipInfo {
  /** 发货方式（小写） */
  transport_type?: string;
}

/** `ServiceOrder` of `taobao.trades.sold.get`. */
export interface TaobaoTradesSoldGetServiceOrder {
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
  /** 卖家昵称 */
  buyer_nick?: string;
  /** 最近退款的id */
  refund_id?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 服务图片地址 */
  pic_path?: string;
  /** 支持家装类物流的类型 */
  tmser_spu_code?: string;
}

/** `LogisticsAgreement` of `taobao.trades.sold.get`. */
export interface TaobaoTradesSoldGetLogisticsAgreement {
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
}

/** `LogisticsInfo` of `taobao.trades.sold.get`. */
export interface TaobaoTradesSoldGetLogisticsInfo {
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
  /** 主交易号 */
  trade_id?: Int64;
  /** 子交易号 */
  sub_trade_id?: Int64;
  /** 承诺/最晚揽收时间 */
  promise_collect_time?: string;
}

const REQUEST_SCHEMA = {
  fields: 'String',
  start_created: 'Date',
  end_created: 'Date',
  status: 'String',
  buyer_nick: 'String',
  type: 'String',
  ext_type: 'String',
  rate_status: 'String',
  tag: 'String',
  page_no: 'Number',
  page_size: 'Number',
  use_has_next: 'Boolean',
  buyer_open_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_results: 'Number',
  trades: [
    {
      seller_nick: 'String',
      buyer_open_uid: 'String',
      title: 'String',
      type: 'String',
      created: 'Date',
      tid: 'Number',
      acookie_id: 'String',
      sid: 'String',
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
      async_modified: 'Date',
      consign_time: 'Date',
      received_payment: 'String',
      commission_fee: 'String',
      alipay_no: 'String',
      alipay_id: 'Number',
      buyer_area: 'String',
      nut_feature: 'String',
      pic_path: 'String',
      num_iid: 'Number',
      price: 'String',
      cod_fee: 'String',
      cod_status: 'String',
      shipping_type: 'String',
      num: 'Number',
      point_fee: 'Number',
      real_point_fee: 'Number',
      buyer_obtain_point_fee: 'Number',
      receiver_name: 'String',
      receiver_state: 'String',
      receiver_city: 'String',
      receiver_district: 'String',
      receiver_town: 'String',
      receiver_address: 'String',
      receiver_zip: 'String',
      receiver_mobile: 'String',
      receiver_phone: 'String',
      seller_flag: 'Number',
      is_lgtype: 'Boolean',
      lg_aging_type: 'String',
      lg_aging: 'String',
      is_brand_sale: 'Boolean',
      is_force_wlb: 'Boolean',
      has_buyer_message: 'Boolean',
      credit_card_fee: 'String',
      trade_from: 'String',
      step_trade_status: 'String',
      step_paid_fee: 'String',
      mark_desc: 'String',
      has_yfx: 'Boolean',
      yfx_fee: 'String',
      yfx_id: 'String',
      yfx_type: 'String',
      trade_source: 'String',
      send_time: 'String',
      seller_can_rate: 'Boolean',
      is_part_consign: 'Boolean',
      is_wt: 'Boolean',
      is_daixiao: 'Boolean',
      o2o: 'String',
      o2o_guide_id: 'String',
      o2o_guide_name: 'String',
      o2o_shop_id: 'String',
      o2o_shop_name: 'String',
      o2o_delivery: 'String',
      o2o_out_trade_id: 'String',
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
          buyer_rate: 'Boolean',
          seller_rate: 'Boolean',
          refund_id: 'String',
          seller_type: 'String',
          cid: 'Number',
          end_time: 'Date',
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
          zhengji_status: 'String',
          md_qualification: 'String',
          md_fee: 'String',
          sub_order_tax_promotion_fee: 'String',
          tax_free: 'Boolean',
          tax_coupon_discount: 'String',
          special_refund_type: 'String',
          is_devalue_fee: 'Boolean',
          is_idle: 'String',
          promise_collect_time: 'String',
          is_force_dc: 'Boolean',
          shp_info: [
            {
              transport_type: 'String',
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
        },
      ],
      zero_purchase: 'Boolean',
      receiver_country: 'String',
      order_tax_fee: 'String',
      shop_pick: 'String',
      rx_audit_status: 'String',
      post_gate_declare: 'Boolean',
      cross_bonded_declare: 'Boolean',
      order_tax_promotion_fee: 'String',
      service_type: 'String',
      is_o2o_passport: 'Boolean',
      tmall_delivery: 'Boolean',
      threepl_timing: 'Boolean',
      cn_service: 'String',
      cutoff_minutes: 'String',
      es_time: 'String',
      delivery_time: 'String',
      collect_time: 'String',
      dispatch_time: 'String',
      sign_time: 'String',
      delivery_cps: 'String',
      es_range: 'String',
      es_date: 'String',
      os_range: 'String',
      os_date: 'String',
      asdp_biz_type: 'String',
      asdp_ads: 'String',
      drug_register: 'String',
      promise_sign_time: 'String',
      oaid: 'String',
      scenario_group: 'String',
      is_force_dc: 'Boolean',
      buyer_nick: 'String',
      logistics_agreement: {
        logistics_service_msg: 'String',
        asdp_biz_type: 'String',
        asdp_ads: 'String',
        sign_time: 'String',
        promise_sign_time: 'String',
      },
      logistics_infos: [
        {
          biz_delivery_type: 'Number',
          unused_warehouse_error_msg: 'String',
          unused_delivery_error_msg: 'String',
          used_black_delivery_error_msg: 'String',
          promise_outbound_time: 'String',
          trade_id: 'Number',
          sub_trade_id: 'Number',
          promise_collect_time: 'String',
        },
      ],
    },
  ],
  has_next: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.trades.sold.get`: method, response root, request and response schemas. */
export const taobaoTradesSoldGetOperation = {
  method: 'taobao.trades.sold.get',
  responseRoot: 'trades_sold_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家已卖出的交易数据（根据创建时间） — calls TOP method `taobao.trades.sold.get`.
 *
 * 搜索当前会话用户作为卖家已卖出的交易数据（只能获取到三个月以内的交易信息）
 *
 * 1. 返回的数据结果是以订单的创建时间倒序排列的。
 *
 * 2. 返回的数据结果只包含了订单的部分数据，可通过taobao.trade.fullinfo.get获取订单详情。
 *
 * 注意：type字段的说明，如果该字段不传，接口默认只查4种类型订单，非默认查询的订单是不返回。遇到订单查不到的情况的，解决办法就是type加上订单类型就可正常返回了。
 *
 * 点击查看更多交易API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradesSoldGet(
  client: TopClient,
  request: TaobaoTradesSoldGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradesSoldGetResponse> {
  return client.call<TaobaoTradesSoldGetResponse>(
    {
      method: 'taobao.trades.sold.get',
      responseRoot: 'trades_sold_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
