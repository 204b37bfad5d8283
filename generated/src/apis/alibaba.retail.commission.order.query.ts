// Generated from specs/omniorder/alibaba.retail.commission.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.retail.commission.order.query` (分销订单查询). */
export interface AlibabaRetailCommissionOrderQueryRequest {
  /** 页码，默认第一页 */
  page_no?: Int64Input;
  /** 页大小，默认每页十条 */
  page_size?: Int64Input;
  /** 查询三个月内交易创建时间开始。格式:yyyy-MM-dd HH:mm:ss */
  end_pay_time: string;
  /** 查询交易创建时间结束。格式:yyyy-MM-dd HH:mm:ss */
  start_pay_time: string;
}

/** Response of `alibaba.retail.commission.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaRetailCommissionOrderQueryResponse {
  /** 分页结果 */
  result?: AlibabaRetailCommissionOrderQueryPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageResult` of `alibaba.retail.commission.order.query`. */
export interface AlibabaRetailCommissionOrderQueryPageResult {
  /** 总条数 */
  total?: Int64;
  /** 页码，请求的值 */
  message?: string;
  /** 页大小，请求的值 */
  page_no?: Int64;
  /** 返回数据 */
  order_list?: AlibabaRetailCommissionOrderQueryOrderDto[];
  /** 每页多少条记录 */
  page_size?: Int64;
  /** 状态码，200-成功 */
  code?: string;
  /** 成功 */
  success?: boolean;
}

/** `OrderDto` of `alibaba.retail.commission.order.query`. */
export interface AlibabaRetailCommissionOrderQueryOrderDto {
  /** 订单id */
  biz_order_id?: Int64;
  /** 1-父订单，0-子订单 */
  main?: Int64;
  /** 旗舰店id */
  seller_id?: Int64;
  /** 支付订单id */
  pay_order_id?: Int64;
  /** 消费者nick */
  buyer_nick?: string;
  /** 支付状态：1 - 未冻结/未付款 ->等待买家付款 2 - 已冻结/已付款 ->等待卖家发货 4 - 已退款 ->交易关闭 6 - 已转交易 -> 交易成功 7 - 没有创建外部交易(支付宝交易) 8 - 交易被淘宝关闭 9 - 不可付款 */
  pay_status?: Int64;
  /** 物流状态：1 - 未发货 -> 等待卖家发货, 2 - 已发货 -> 等待买家确认收货, 3 - 已收货 -> 交易成功, 4 - 已经退货 -> 交易失败, 5 - 部分收货 -> 交易成功, 6 - 部分发货中, 8 - 还未创建物流订单, 9 - 配货中,目前周期购已经使用到 */
  logistics_status?: Int64;
  /** 支付时间 */
  pay_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 旗舰店名称 */
  seller_nick?: string;
  /** 商品id */
  auction_id?: Int64;
  /** 单件商品价格，单位分 */
  auction_price?: Int64;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 商品的卖出金额调整，金额增加时为正数，金额减少时为负数，单位是分，不带小数。 如果是对整个订单的金额调整，会保存在主订单上，否则保存在子订单里 */
  adjust_fee?: Int64;
  /** 系统对商品作的减价，始终为正数，单位是分 */
  discount_fee?: Int64;
  /** 退款状态：1 买家已经申请退款，等待卖家同意 2 卖家已经同意退款，等待买家退货 3 买家已经退货，等待卖家确认收货 4 退款关闭 5 退款成功 6 卖家拒绝退款 9 没有申请退款,对主定单和子订单都有效 10 有活动退款，申请退款后，只对主定单有效 只有一笔订单的情况，主定单的退款状态可能为1,2,3,6,10 11退款结束，只对父订单有效 */
  refund_status?: Int64;
  /** 到目前为止生效的退款，单位是分,父订单的退款等于各个子订单退款的和 */
  refund_fee?: Int64;
  /** 实付金额，单位是分 */
  actual_pay_fee?: Int64;
  /** 子订单，属性与主订单相同 */
  detail_order_list?: string[];
}

const REQUEST_SCHEMA = {
  page_no: 'Number',
  page_size: 'Number',
  end_pay_time: 'String',
  start_pay_time: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total: 'Number',
    message: 'String',
    page_no: 'Number',
    order_list: [
      {
        biz_order_id: 'Number',
        main: 'Number',
        seller_id: 'Number',
        pay_order_id: 'Number',
        buyer_nick: 'String',
        pay_status: 'Number',
        logistics_status: 'Number',
        pay_time: 'String',
        end_time: 'String',
        seller_nick: 'String',
        auction_id: 'Number',
        auction_price: 'Number',
        buy_amount: 'Number',
        adjust_fee: 'Number',
        discount_fee: 'Number',
        refund_status: 'Number',
        refund_fee: 'Number',
        actual_pay_fee: 'Number',
        detail_order_list: ['String'],
      },
    ],
    page_size: 'Number',
    code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.retail.commission.order.query`: method, response root, request and response schemas. */
export const alibabaRetailCommissionOrderQueryOperation = {
  method: 'alibaba.retail.commission.order.query',
  responseRoot: 'alibaba_retail_commission_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分销订单查询 — calls TOP method `alibaba.retail.commission.order.query`.
 *
 * 查询商家的分销订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaRetailCommissionOrderQuery(
  client: TopClient,
  request: AlibabaRetailCommissionOrderQueryRequest,
  options?: CallOptions,
): Promise<AlibabaRetailCommissionOrderQueryResponse> {
  return client.call<AlibabaRetailCommissionOrderQueryResponse>(
    {
      method: 'alibaba.retail.commission.order.query',
      responseRoot: 'alibaba_retail_commission_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
