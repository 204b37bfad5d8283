// Generated from specs/tmallnr/tmall.nr.fulfill.sold.orderlist.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nr.fulfill.sold.orderlist.query` (零售商获取品牌商的特定订单列表). */
export interface TmallNrFulfillSoldOrderlistQueryRequest {
  /** 入参对象 */
  param0?: TmallNrFulfillSoldOrderlistQueryNrTimingOrderSoldQueryReqDtoInput;
}

/** Response of `tmall.nr.fulfill.sold.orderlist.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrFulfillSoldOrderlistQueryResponse {
  /** result */
  result?: TmallNrFulfillSoldOrderlistQueryNrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `NrTimingOrderSoldQueryReqDto` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryNrTimingOrderSoldQueryReqDtoInput {
  /** 要查询的订单创建结束时间，开始时间和结束时间之间最多相隔72小时 */
  end_created?: DateInput;
  /** 要查询的订单创建开始时间 */
  start_created?: DateInput;
  /** 品牌商的sellerID */
  brand_seller_id?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** 每页大小--当前限制了20 */
  page_size?: Int64Input;
  /** 业务标识，dss标识定时送业务；jsd表示极速达业务；qyls 区域零售业务标识 */
  biz_identity?: string;
}

/** `NrResult` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryNrResult {
  /** resultData */
  result_data?: TmallNrFulfillSoldOrderlistQueryNrTimingOrderSoldQueryRespDto;
  /** errorMessage */
  error_message?: string;
  /** errorCode */
  error_code?: string;
  /** isSuccess */
  is_success?: boolean;
}

/** `NrTimingOrderSoldQueryRespDto` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryNrTimingOrderSoldQueryRespDto {
  /** 主订单列表 */
  trade_order_detail_d_t_os?: TmallNrFulfillSoldOrderlistQueryTradeOrderDetailDto[];
  /** pageNo */
  page_no?: Int64;
  /** totalNum */
  total_num?: Int64;
  /** pageSize */
  page_size?: Int64;
}

/** `TradeOrderDetailDto` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryTradeOrderDetailDto {
  /** 子订单列表 */
  order_d_t_os?: TmallNrFulfillSoldOrderlistQueryNrOrderDto[];
  /** storeCode */
  store_code?: string;
  /** appointEndTime */
  appoint_end_time?: string;
  /** appointStartTime */
  appoint_start_time?: string;
  /** 收货地址_未提供 */
  receiver_address?: string;
  /** 镇/街道_未提供 */
  receiver_town?: string;
  /** 区_未提供 */
  receiver_district?: string;
  /** 城市_未提供 */
  receiver_city?: string;
  /** 省 */
  receiver_province?: string;
  /** 电话_未提供 */
  receiver_phone?: string;
  /** 手机_未提供 */
  receiver_mobile?: string;
  /** 收货人_未提供 */
  receiver_name?: string;
  /** payTime */
  pay_time?: string;
  /** 可选值:TRADE_NO_CREATE_PAY(没有创建支付宝交易)，WAIT_BUYER_PAY(等待买家付款)，SELLER_CONSIGNED_PART(卖家部分发货)，WAIT_SELLER_SEND_GOODS(等待卖家发货,即:买家已付款)，WAIT_BUYER_CONFIRM_GOODS(等待买家确认收货,即:卖家已发货)，TRADE_BUYER_SIGNED(买家已签收,货到付款专用)，TRADE_FINISHED(交易成功)，TRADE_CLOSED(付款以后用户退款成功，交易自动关闭)，TRADE_CLOSED_BY_TAOBAO(付款以前，卖家或买家主动关闭交易)，PAY_PENDING(国际信用卡支付付款确认中) * WAIT_PRE_AUTH_CONFIRM(0元购合约中)，PAID_FORBID_CONSIGN(拼团中订单或者发货强管控的订单，已付款但禁止发货) */
  status?: string;
  /** orderId */
  order_id?: string;
  /** createTime */
  create_time?: string;
  /** buyerNick */
  buyer_nick?: string;
  /** sellerNick */
  seller_nick?: string;
  /** 邮费（单位分） */
  post_fee?: string;
}

/** `NrOrderDto` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryNrOrderDto {
  /** createTime */
  create_time?: string;
  /** buyerNick */
  buyer_nick?: string;
  /** sellerNick */
  seller_nick?: string;
  /** 退款状态可选值WAIT_SELLER_AGREE(买家已经申请退款，等待卖家同意)，WAIT_BUYER_RETURN_GOODS(卖家已经同意退款，等待买家退货)，WAIT_SELLER_CONFIRM_GOODS(买家已经退货，等待卖家确认收货)，SELLER_REFUSE_BUYER(卖家拒绝退款)，CLOSED(退款关闭)，SUCCESS(退款成功) */
  refund_status?: string;
  /** 数据 */
  num?: Int64;
  /** skuId */
  sku_id?: Int64;
  /** itemId */
  item_id?: Int64;
  /** title */
  title?: string;
  /** orderId */
  order_id?: Int64;
  /** 配送计划的详情，仅做周期送业务需要 */
  nr_zqs_plan_resp_d_t_o?: TmallNrFulfillSoldOrderlistQueryNrZqsPlanRespDto;
  /** 修改价格修改的金额 */
  adjust_fee?: Int64;
  /** 店铺优惠的金额 */
  discount_fee?: Int64;
  /** 实际付款金额 */
  actual_paid_fee?: Int64;
  /** 商品价格 */
  auction_price?: Int64;
}

/** `NrZqsPlanRespDto` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryNrZqsPlanRespDto {
  /** 每次配送件数 */
  num_per_cycle?: Int64;
  /** 暂停/退款提前告知的天数 */
  pause_ahead_days?: Int64;
  /** 配送时间范围，起送时间，只取时分，HH:mm格式 */
  send_start_time?: string;
  /** 配送时间范围，结束时间，只取时分，HH:mm格式 */
  send_end_time?: string;
  /** 每次配送的周期天数（在cycleType为1时生效，其它时候为空）1表示每天送，2表示隔1天送 */
  cycle_days?: Int64;
  /** 配送频率类型:1-隔N天送，2-周末送，3-工作日送 */
  cycle_type?: Int64;
  /** 退款开始时间，注意，这个时间当天如果有配送还是会配送的，第二天开始之后的配送会取消 */
  start_refund_date?: string;
  /** 已生成的配送计划序号及配送日期 */
  plan_list?: TmallNrFulfillSoldOrderlistQueryNrZqsPlanDetailInfoDto[];
}

/** `NrZqsPlanDetailInfoDto` of `tmall.nr.fulfill.sold.orderlist.query`. */
export interface TmallNrFulfillSoldOrderlistQueryNrZqsPlanDetailInfoDto {
  /** 配送期号从1开始，一直到N */
  sequence_no?: Int64;
  /** 计划配送时间 */
  plan_date?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    end_created: 'Date',
    start_created: 'Date',
    brand_seller_id: 'Number',
    page_no: 'Number',
    page_size: 'Number',
    biz_identity: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: {
      trade_order_detail_d_t_os: [
        {
          order_d_t_os: [
            {
              create_time: 'Date',
              buyer_nick: 'String',
              seller_nick: 'String',
              refund_status: 'String',
              num: 'Number',
              sku_id: 'Number',
              item_id: 'Number',
              title: 'String',
              order_id: 'Number',
              nr_zqs_plan_resp_d_t_o: {
                num_per_cycle: 'Number',
                pause_ahead_days: 'Number',
                send_start_time: 'String',
                send_end_time: 'String',
                cycle_days: 'Number',
                cycle_type: 'Number',
                start_refund_date: 'String',
                plan_list: [
                  {
                    sequence_no: 'Number',
                    plan_date: 'String',
                  },
                ],
              },
              adjust_fee: 'Number',
              discount_fee: 'Number',
              actual_paid_fee: 'Number',
              auction_price: 'Number',
            },
          ],
          store_code: 'String',
          appoint_end_time: 'String',
          appoint_start_time: 'String',
          receiver_address: 'String',
          receiver_town: 'String',
          receiver_district: 'String',
          receiver_city: 'String',
          receiver_province: 'String',
          receiver_phone: 'String',
          receiver_mobile: 'String',
          receiver_name: 'String',
          pay_time: 'String',
          status: 'String',
          order_id: 'String',
          create_time: 'String',
          buyer_nick: 'String',
          seller_nick: 'String',
          post_fee: 'String',
        },
      ],
      page_no: 'Number',
      total_num: 'Number',
      page_size: 'Number',
    },
    error_message: 'String',
    error_code: 'String',
    is_success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nr.fulfill.sold.orderlist.query`: method, response root, request and response schemas. */
export const tmallNrFulfillSoldOrderlistQueryOperation = {
  method: 'tmall.nr.fulfill.sold.orderlist.query',
  responseRoot: 'tmall_nr_fulfill_sold_orderlist_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 零售商获取品牌商的特定订单列表 — calls TOP method `tmall.nr.fulfill.sold.orderlist.query`.
 *
 * 零售商获取品牌商的特定订单列表，后端服务有零售商和品牌商的绑定关系，存在开关控制；同时后端存在定时送业务等特殊业务的校验，非同城配送业务不能返回，返回值存在品牌方用户的电话号码，当前电话号码是屏蔽中间四位
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrFulfillSoldOrderlistQuery(
  client: TopClient,
  request: TmallNrFulfillSoldOrderlistQueryRequest = {},
  options?: CallOptions,
): Promise<TmallNrFulfillSoldOrderlistQueryResponse> {
  return client.call<TmallNrFulfillSoldOrderlistQueryResponse>(
    {
      method: 'tmall.nr.fulfill.sold.orderlist.query',
      responseRoot: 'tmall_nr_fulfill_sold_orderlist_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
