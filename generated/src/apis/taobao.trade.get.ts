// Generated from specs/trade/taobao.trade.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.trade.get` (获取单笔交易的部分信息(性能高)). */
export interface TaobaoTradeGetRequest {
  /** 需要返回的字段列表，多个字段用半角逗号分隔，可选值为返回示例中能看到的所有字段。 */
  fields: string;
  /** 交易编号 */
  tid: Int64Input;
}

/** Response of `taobao.trade.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTradeGetResponse {
  /** 搜索到的交易信息列表，返回的Trade和Order中包含的具体信息为入参fields请求的字段信息 */
  trade?: TaobaoTradeGetTrade;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Trade` of `taobao.trade.get`. */
export interface TaobaoTradeGetTrade {
  /** 卖家昵称 */
  seller_nick?: string;
  /** 买家昵称 */
  buyer_nick?: string;
  /** 交易标题，以店铺名作为此标题的值。注:taobao.trades.get接口返回的Trade中的title是商品名称 */
  title?: string;
  /** 交易类型列表，同时查询多种交易类型可用逗号分隔。默认同时查询guarantee_trade, auto_delivery, ec, cod的4种交易类型的数据 可选值 fixed(一口价) auction(拍卖) guarantee_trade(一口价、拍卖) auto_delivery(自动发货) independent_simple_trade(旺店入门版交易) independent_shop_trade(旺店标准版交易) ec(直冲) cod(货到付款) fenxiao(分销) game_equipment(游戏装备) shopex_trade(ShopEX交易) netcn_trade(万网交易) external_trade(统一外部交易)o2o_offlinetrade（O2O交易）step (万人团)nopaid(无付款订单)pre_auth_type(预授权0元购机交易) */
  type?: string;
  /** 交易创建时间。格式:yyyy-MM-dd HH:mm:ss */
  created?: string;
  /** 物流运单号 */
  sid?: string;
  /** 交易编号 (父订单的交易编号) */
  tid?: Int64;
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
  /** 物流标签 */
  service_tags?: TaobaoTradeGetLogisticsTag[];
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
  orders?: TaobaoTradeGetOrder[];
  /** 天猫汽车服务预约时间 */
  et_ser_time?: string;
  /** 电子凭证预约门店地址 */
  et_shop_name?: string;
  /** 电子凭证核销门店地址 */
  et_verified_shop_name?: string;
  /** 车牌号码 */
  et_plate_number?: string;
  /** 天猫国际官网直供主订单关税税费 */
  order_tax_fee?: string;
  /** 电子凭证服务上门服务的安装地址 */
  eticket_service_addr?: string;
  /** 分阶段交易的特权定金订单ID */
  o2o_et_order_id?: string;
  /** 天猫国际计税优惠金额 */
  order_tax_promotion_fee?: string;
  /** 透出前置营销工具 */
  pmtp?: string;
  /** 买家OpenUid */
  buyer_open_uid?: string;
}

/** `LogisticsTag` of `taobao.trade.get`. */
export interface TaobaoTradeGetLogisticsTag {
  /** 主订单或子订单的订单号 */
  order_id?: string;
  /** 服务标签 */
  logistic_service_tag_list?: TaobaoTradeGetLogisticServiceTag[];
}

/** `LogisticServiceTag` of `taobao.trade.get`. */
export interface TaobaoTradeGetLogisticServiceTag {
  /** 物流服务下的标签属性,多个标签之间有";"分隔 */
  service_tag?: string;
  /** 消费者选快递请直接判断service_tag是否包含companyCode。而不要判断service_type */
  service_type?: string;
}

/** `Order` of `taobao.trade.get`. */
export interface TaobaoTradeGetOrder {
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
  /** 套餐的值。如：M8原装电池:便携支架:M8专用座充:莫凡保护袋 */
  item_meal_name?: string;
  /** 购买数量。取值范围:大于零的整数 */
  num?: Int64;
  /** 外部网店自己定义的Sku编号 */
  outer_sku_id?: string;
  /** 商家外部编码(可与商家外部系统对接)。外部商家自己定义的商品Item的id，可以通过taobao.items.custom.get获取商品的Item的信息 */
  outer_iid?: string;
  /** 买家是否已评价。可选值：true(已评价)，false(未评价) */
  buyer_rate?: boolean;
  /** 卖家是否已评价。可选值：true(已评价)，false(未评价) */
  seller_rate?: boolean;
  /** 卖家类型，可选值为：B（商城商家），C（普通卖家） */
  seller_type?: string;
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
  /** 天猫汽车服务预约时间 */
  et_ser_time?: string;
  /** 电子凭证预约门店地址 */
  et_shop_name?: string;
  /** 电子凭证核销门店地址 */
  et_verified_shop_name?: string;
  /** 车牌号码 */
  et_plate_number?: string;
  /** 天猫国际子订单关税税费 */
  sub_order_tax_fee?: string;
  /** 天猫国际子订单关税税率 */
  sub_order_tax_rate?: string;
  /** 征集预售订单征集状态：1（征集中），2（征集成功），3（征集失败） */
  zhengji_status?: string;
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
}

const REQUEST_SCHEMA = {
  fields: 'String',
  tid: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  trade: {
    seller_nick: 'String',
    buyer_nick: 'String',
    title: 'String',
    type: 'String',
    created: 'Date',
    sid: 'String',
    tid: 'Number',
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
    alipay_no: 'String',
    buyer_message: 'String',
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
    is_daixiao: 'Boolean',
    is_wt: 'Boolean',
    arrive_interval: 'Number',
    arrive_cut_time: 'String',
    consign_interval: 'Number',
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
        item_meal_name: 'String',
        num: 'Number',
        outer_sku_id: 'String',
        outer_iid: 'String',
        buyer_rate: 'Boolean',
        seller_rate: 'Boolean',
        seller_type: 'String',
        is_daixiao: 'Boolean',
        ticket_outer_id: 'String',
        ticket_expdate_key: 'String',
        is_www: 'Boolean',
        store_code: 'String',
        tmser_spu_code: 'String',
        et_ser_time: 'String',
        et_shop_name: 'String',
        et_verified_shop_name: 'String',
        et_plate_number: 'String',
        sub_order_tax_fee: 'String',
        sub_order_tax_rate: 'String',
        zhengji_status: 'String',
        sub_order_tax_promotion_fee: 'String',
        tax_free: 'Boolean',
        tax_coupon_discount: 'String',
        special_refund_type: 'String',
        is_devalue_fee: 'Boolean',
      },
    ],
    et_ser_time: 'String',
    et_shop_name: 'String',
    et_verified_shop_name: 'String',
    et_plate_number: 'String',
    order_tax_fee: 'String',
    eticket_service_addr: 'String',
    o2o_et_order_id: 'String',
    order_tax_promotion_fee: 'String',
    pmtp: 'String',
    buyer_open_uid: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.trade.get`: method, response root, request and response schemas. */
export const taobaoTradeGetOperation = {
  method: 'taobao.trade.get',
  responseRoot: 'trade_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单笔交易的部分信息(性能高) — calls TOP method `taobao.trade.get`.
 *
 * 获取单笔交易的部分信息
 *
 * 点击查看更多交易API说明
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTradeGet(
  client: TopClient,
  request: TaobaoTradeGetRequest,
  options?: CallOptions,
): Promise<TaobaoTradeGetResponse> {
  return client.call<TaobaoTradeGetResponse>(
    {
      method: 'taobao.trade.get',
      responseRoot: 'trade_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
