// Generated from specs/trade/taobao.trades.simple.sold.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trades.simple.sold.get` (查询卖家已卖出的交易简易数据). */
export interface TaobaoTradesSimpleSoldGetRequest {
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

/** Response of `taobao.trades.simple.sold.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradesSimpleSoldGetResponse {
  /** 搜索到的交易信息总数 */
  total_results?: Int64;
  /** 搜索到的交易信息列表，返回的Trade和Order中包含的具体信息为入参fields请求的字段信息 */
  trades?: TaobaoTradesSimpleSoldGetTrade[];
  /** 是否存在下一页 */
  has_next?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trades.simple.sold.get`. */
export interface TaobaoTradesSimpleSoldGetTrade {
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
  /** 买家下单的地区 */
  buyer_area?: string;
  /** 商品图片绝对途径 */
  pic_path?: string;
  /** 商品数字编号 */
  num_iid?: Int64;
  /** 商品价格。精确到2位小数；单位：元。如：200.07，表示：200元7分 */
  price?: string;
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
  /** 收货人的所在省份 */
  receiver_state?: string;
  /**
   * 收货人的所在城市
   * 注：因为国家对于城市和地区的划分的有：省直辖市和省直辖县级行政区（区级别的）划分的，淘宝这边根据这个差异保存在不同字段里面比如：广东广州：广州属于一个直辖市是放在的receiver_city的字段里面；而河南济源：济源属于省直辖县级行政区划分，是区级别的，放在了receiver_district里面
   * 建议：程序依赖于城市字段做物流等判断的操作，最好加一个判断逻辑：如果返回值里面只有receiver_district参数，该参数作为城市
   */
  receiver_city?: string;
  /** 卖家备注旗帜（与淘宝网上订单的卖家备注旗帜对应，只有卖家才能查看该字段）红、黄、绿、蓝、紫 分别对应 1、2、3、4、5 */
  seller_flag?: Int64;
  /** 判断订单是否有买家留言，有买家留言返回true，否则返回false */
  has_buyer_message?: boolean;
  /** 交易内部来源。WAP(手机);HITAO(嗨淘);TOP(TOP平台);TAOBAO(普通淘宝);JHS(聚划算)一笔订单可能同时有以上多个标记，则以逗号分隔 */
  trade_from?: string;
  /** 分阶段付款的订单状态（例如万人团订单等），目前有三返回状态FRONT_NOPAID_FINAL_NOPAID(定金未付尾款未付)，FRONT_PAID_FINAL_NOPAID(定金已付尾款未付)，FRONT_PAID_FINAL_PAID(定金和尾款都付) */
  step_trade_status?: string;
  /** 分阶段付款的已付金额（万人团订单已付金额） */
  step_paid_fee?: string;
  /** 交易外部来源：ownshop(商家官网) */
  trade_source?: string;
  /** 订单将在此时间前发出，主要用于预售订单 */
  send_time?: string;
  /** 卖家是否可以对订单进行评价 */
  seller_can_rate?: boolean;
  /** 订单列表 */
  orders?: TaobaoTradesSimpleSoldGetOrder[];
  /** 服务子订单列表 */
  service_orders?: TaobaoTradesSimpleSoldGetServiceOrder[];
  /** 处方药未审核 */
  rx_audit_status?: string;
  /** 是否是多次发货的订单如果卖家对订单进行多次发货，则为true否则为false */
  is_part_consign?: boolean;
  /** CRM系统中特有的ouid */
  ouid?: string;
}

/** `Order` of `taobao.trades.simple.sold.get`. */
export interface TaobaoTradesSimpleSoldGetOrder {
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
  /** 支持家装类物流的类型 */
  tmser_spu_code?: string;
  /** 是否为闲鱼订单 1是0否 */
  is_idle?: string;
}

/** `ServiceOrder` of `taobao.trades.simple.sold.get`. */
export interface TaobaoTradesSimpleSoldGetServiceOrder {
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
  /** 最近退款的id */
  refund_id?: string;
  /** 卖家昵称 */
  seller_nick?: string;
  /** 服务图片地址 */
  pic_path?: string;
  /** 支持家装类物流的类型 */
  tmser_spu_code?: string;
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
      created: 'String',
      tid: 'Number',
      sid: 'String',
      seller_rate: 'Boolean',
      buyer_rate: 'Boolean',
      status: 'String',
      payment: 'String',
      discount_fee: 'String',
      adjust_fee: 'String',
      post_fee: 'String',
      total_fee: 'String',
      pay_time: 'String',
      end_time: 'String',
      modified: 'String',
      async_modified: 'String',
      consign_time: 'String',
      received_payment: 'String',
      commission_fee: 'String',
      buyer_area: 'String',
      pic_path: 'String',
      num_iid: 'Number',
      price: 'String',
      shipping_type: 'String',
      num: 'Number',
      point_fee: 'Number',
      real_point_fee: 'Number',
      buyer_obtain_point_fee: 'Number',
      receiver_state: 'String',
      receiver_city: 'String',
      seller_flag: 'Number',
      has_buyer_message: 'Boolean',
      trade_from: 'String',
      step_trade_status: 'String',
      step_paid_fee: 'String',
      trade_source: 'String',
      send_time: 'String',
      seller_can_rate: 'Boolean',
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
          end_time: 'String',
          consign_time: 'String',
          shipping_type: 'String',
          logistics_company: 'String',
          invoice_no: 'String',
          tmser_spu_code: 'String',
          is_idle: 'String',
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
          refund_id: 'String',
          seller_nick: 'String',
          pic_path: 'String',
          tmser_spu_code: 'String',
        },
      ],
      rx_audit_status: 'String',
      is_part_consign: 'Boolean',
      ouid: 'String',
    },
  ],
  has_next: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.trades.simple.sold.get`: method, response root, request and response schemas. */
export const taobaoTradesSimpleSoldGetOperation = {
  method: 'taobao.trades.simple.sold.get',
  responseRoot: 'trades_simple_sold_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询卖家已卖出的交易简易数据 — calls TOP method `taobao.trades.simple.sold.get`.
 *
 * 搜索当前会话用户作为卖家已卖出的交易数据（只能获取到三个月以内的交易信息）
 *
 * 1. 返回的数据结果是以订单的创建时间倒序排列的。
 *
 * 2. 返回的数据结果只包含了订单的部分数据，可通过taobao.trade.simple.get获取订单信息。
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
export function taobaoTradesSimpleSoldGet(
  client: TopClient,
  request: TaobaoTradesSimpleSoldGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradesSimpleSoldGetResponse> {
  return client.call<TaobaoTradesSimpleSoldGetResponse>(
    {
      method: 'taobao.trades.simple.sold.get',
      responseRoot: 'trades_simple_sold_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
