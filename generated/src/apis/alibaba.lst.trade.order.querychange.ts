// Generated from specs/lsttrade/alibaba.lst.trade.order.querychange.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.trade.order.querychange` (订单id批量查询（品牌商视角）). */
export interface AlibabaLstTradeOrderQuerychangeRequest {
  /** 入参包装类 */
  query: AlibabaLstTradeOrderQuerychangeLstOrderQueryInput;
}

/** Response of `alibaba.lst.trade.order.querychange`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstTradeOrderQuerychangeResponse {
  /** 系统自动生成 */
  result?: AlibabaLstTradeOrderQuerychangePagedResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LstOrderQuery` of `alibaba.lst.trade.order.querychange`. */
export interface AlibabaLstTradeOrderQuerychangeLstOrderQueryInput {
  /** 开始时间，支持查询最近一年到最近一小时，[begin,end)，最大半小时 */
  gmt_create_begin: DateInput;
  /** 结束时间，参考开始时间 */
  gmt_create_end: DateInput;
  /** 页码，从1开始 */
  page: Int64Input;
  /** 每页记录数 */
  size: Int64Input;
}

/** `PagedResultDto` of `alibaba.lst.trade.order.querychange`. */
export interface AlibabaLstTradeOrderQuerychangePagedResultDto {
  /** 返回实体包装类 */
  content_list?: AlibabaLstTradeOrderQuerychangeTopOrderChange2BrandownerDto[];
  /** 总记录条数 */
  total?: Int64;
  /** 错误描述 */
  error_message?: string;
  /** 页码 */
  page?: Int64;
  /** 错误码 */
  error_code?: string;
  /** 接口调用是否成功 true:调用成功 false:调用失败 */
  success?: boolean;
  /** 每页最大记录数 */
  size?: Int64;
}

/** `TopOrderChange2BrandownerDto` of `alibaba.lst.trade.order.querychange`. */
export interface AlibabaLstTradeOrderQuerychangeTopOrderChange2BrandownerDto {
  /** 退款单id */
  refund_id?: Int64;
  /** 是否新建，包括订单新建和退款单新建 */
  new_created?: boolean;
  /** FORWARD_ORDER 正向订单表示正常购买流程,REVERSE_ORDER 逆向订单表示退款流程 */
  biz_type?: string;
  /** 主订单id */
  main_order_id?: Int64;
  /** 子订单id */
  sub_order_id?: Int64;
}

const REQUEST_SCHEMA = {
  query: {
    gmt_create_begin: 'Date',
    gmt_create_end: 'Date',
    page: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content_list: [
      {
        refund_id: 'Number',
        new_created: 'Boolean',
        biz_type: 'String',
        main_order_id: 'Number',
        sub_order_id: 'Number',
      },
    ],
    total: 'Number',
    error_message: 'String',
    page: 'Number',
    error_code: 'String',
    success: 'Boolean',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.trade.order.querychange`: method, response root, request and response schemas. */
export const alibabaLstTradeOrderQuerychangeOperation = {
  method: 'alibaba.lst.trade.order.querychange',
  responseRoot: 'alibaba_lst_trade_order_querychange_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 订单id批量查询（品牌商视角） — calls TOP method `alibaba.lst.trade.order.querychange`.
 *
 * 根据品牌和时间段查询有变更记录的订单id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstTradeOrderQuerychange(
  client: TopClient,
  request: AlibabaLstTradeOrderQuerychangeRequest,
  options?: CallOptions,
): Promise<AlibabaLstTradeOrderQuerychangeResponse> {
  return client.call<AlibabaLstTradeOrderQuerychangeResponse>(
    {
      method: 'alibaba.lst.trade.order.querychange',
      responseRoot: 'alibaba_lst_trade_order_querychange_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
