// Generated from specs/ascp/alibaba.dchain.aoxiang.consignorder.gift.reverse.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.consignorder.gift.reverse` (赠品绑赠回滚). */
export interface AlibabaDchainAoxiangConsignorderGiftReverseRequest {
  /** 赠品绑赠回滚入参 */
  reverse_consignorder_gift_request: AlibabaDchainAoxiangConsignorderGiftReverseReverseConsignOrderGiftRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.consignorder.gift.reverse`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangConsignorderGiftReverseResponse {
  /** 返回结构体 */
  reverse_consignorder_gift_response?: AlibabaDchainAoxiangConsignorderGiftReverseReverseConsignOrderGiftRequest;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ReverseConsignOrderGiftRequest` of `alibaba.dchain.aoxiang.consignorder.gift.reverse`. */
export interface AlibabaDchainAoxiangConsignorderGiftReverseReverseConsignOrderGiftRequestInput {
  /** 分销类型（不传代表非分销场景） 枚举值： (1, "直营和分销全参与"), (2, "仅直营参与"), (3, "仅分销参与"), (4, "指定分销店铺"); */
  distribution_type?: string;
  /** 订单来源平台编码,TB= 淘宝 、TM=天猫 、JD=京东、DD=当当、PP=拍拍、YX=易讯、EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂、MGJ=蘑菇街、JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、POS=POS门店、MIA=蜜芽、GW=商家官网、CT=村淘、YJWD=云集微店、PDD=拼多多、 DYXD=抖音小店、KS=快手、OTHERS=其他 */
  source_platform_code: string;
  /** 交易主单 */
  trade_id: string;
  /** 交易下单时间(毫秒) */
  trade_create_time: Int64Input;
  /** 交易支付时间(毫秒) */
  trade_pay_time: Int64Input;
  /** 订单金额：支付金额-退款金额,单位:分，如:20007，表示:20元7分 */
  order_amount: Int64Input;
  /** 支付金额，单位:分，如:20007，表示:20元7分 */
  payment: Int64Input;
  /** 翱象发货单号 */
  consign_order_code: string;
  /** 买家昵称 */
  buyer_nick: string;
  /** 订单产品类型,必填，不传默认0，枚举值： (0, "全量产品类型"), (1,"普通产品类型(代表除预售下沉提前发货产品类型以外的类型）"), (2, "预售下沉提前发货产品类型"), (3, "普通预售产品类型"); */
  product_type?: string;
  /** 仓库编码 */
  warehouse_code: string;
  /** 卖家留言 */
  seller_message?: string;
  /** 买家留言 */
  buyer_message?: string;
  /** 收件人结构体 */
  receiver_info?: AlibabaDchainAoxiangConsignorderGiftReverseReceiverInfoInput;
  /** 赠品列表 */
  gift_orders: AlibabaDchainAoxiangConsignorderGiftReverseGiftOrderInput[];
  /** 业务请求时间 */
  request_time: Int64Input;
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 币种，USD-美元，CNY-人民币，RUB-卢布，JPY-日元，EUR-欧元，GBP-英镑，HKD-港币，NZD-新西兰元，SGD-新加坡元，AUD-澳元，KRW-韩元，THB-泰铢 */
  currency: string;
}

/** `ReceiverInfo` of `alibaba.dchain.aoxiang.consignorder.gift.reverse`. */
export interface AlibabaDchainAoxiangConsignorderGiftReverseReceiverInfoInput {
  /** 收件人国家(地区)二字码。https://www.ufsoo.com/news/detail-59307681-b5e1-4328-a6e6-20fddd6c5ec6.html */
  country?: string;
  /** 收件人所在省份 */
  province?: string;
  /** 收件人所在城市 */
  city?: string;
  /** 收件人所在地区 */
  area?: string;
  /** 收件人所在村镇/街道 */
  town?: string;
}

/** `GiftOrder` of `alibaba.dchain.aoxiang.consignorder.gift.reverse`. */
export interface AlibabaDchainAoxiangConsignorderGiftReverseGiftOrderInput {
  /** 赠品绑赠单号 */
  gift_order_id: string;
  /** 货品商家编码 */
  sc_item_code: string;
  /** 货品名称 */
  sc_item_name: string;
  /** 商品ID */
  item_id?: string;
  /** 商品名称 */
  item_name?: string;
  /** 活动ID */
  activity_id: string;
  /** 赠品ID */
  gift_id: string;
  /** 赠品数量 */
  quantity: Int64Input;
}

/** `ReverseConsignOrderGiftRequest` of `alibaba.dchain.aoxiang.consignorder.gift.reverse`. */
export interface AlibabaDchainAoxiangConsignorderGiftReverseReverseConsignOrderGiftRequest {
  /** 成功或者失败 */
  success?: boolean;
  /** 返回信息 */
  message?: string;
  /** 返回信息码 */
  code?: string;
}

const REQUEST_SCHEMA = {
  reverse_consignorder_gift_request: {
    distribution_type: 'String',
    source_platform_code: 'String',
    trade_id: 'String',
    trade_create_time: 'Number',
    trade_pay_time: 'Number',
    order_amount: 'Number',
    payment: 'Number',
    consign_order_code: 'String',
    buyer_nick: 'String',
    product_type: 'String',
    warehouse_code: 'String',
    seller_message: 'String',
    buyer_message: 'String',
    receiver_info: {
      country: 'String',
      province: 'String',
      city: 'String',
      area: 'String',
      town: 'String',
    },
    gift_orders: [
      {
        gift_order_id: 'String',
        sc_item_code: 'String',
        sc_item_name: 'String',
        item_id: 'String',
        item_name: 'String',
        activity_id: 'String',
        gift_id: 'String',
        quantity: 'Number',
      },
    ],
    request_time: 'Number',
    request_id: 'String',
    currency: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  reverse_consignorder_gift_response: {
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.consignorder.gift.reverse`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangConsignorderGiftReverseOperation = {
  method: 'alibaba.dchain.aoxiang.consignorder.gift.reverse',
  responseRoot: 'alibaba_dchain_aoxiang_consignorder_gift_reverse_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 赠品绑赠回滚 — calls TOP method `alibaba.dchain.aoxiang.consignorder.gift.reverse`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangConsignorderGiftReverse(
  client: TopClient,
  request: AlibabaDchainAoxiangConsignorderGiftReverseRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangConsignorderGiftReverseResponse> {
  return client.call<AlibabaDchainAoxiangConsignorderGiftReverseResponse>(
    {
      method: 'alibaba.dchain.aoxiang.consignorder.gift.reverse',
      responseRoot: 'alibaba_dchain_aoxiang_consignorder_gift_reverse_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
