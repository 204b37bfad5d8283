// Generated from specs/moscm/alibaba.mos.order.refund.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.order.refund.list.get` (批量查询交易退货信息). */
export interface AlibabaMosOrderRefundListGetRequest {
  /** 退换货查询条件 */
  rma_criteria?: AlibabaMosOrderRefundListGetRmaCriteriaInput;
  /** 分页信息 */
  paginator?: AlibabaMosOrderRefundListGetPaginatorInput;
}

/** Response of `alibaba.mos.order.refund.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOrderRefundListGetResponse {
  /** 结果 */
  result?: AlibabaMosOrderRefundListGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RmaCriteria` of `alibaba.mos.order.refund.list.get`. */
export interface AlibabaMosOrderRefundListGetRmaCriteriaInput {
  /** 订单号 */
  order_number?: string;
  /** 退换货单据号 */
  rma_numbers?: string[];
  /** 单据创建时间范围：结束时间 */
  end_date?: DateInput;
  /** 单据创建时间范围：开始时间 */
  start_date?: DateInput;
  /** 单据类型，可选值：退货("GOODRETURN"),换货("GOODEXCHANGE"),仅退款（"RETURN"） */
  type?: string;
  /** 单据状态，可选值：已创建("CREATED"),已收货同意退款("INBOUND"),已收货不同意退款("NOTINBOUND"),已退款("REFUNDED"),已完成("COMPLETED),已作废("Obsolete") */
  status?: string[];
  /** 供应商专柜Id */
  out_counter_id?: string;
  /** 银泰专柜Id */
  counter_id?: string;
}

/** `Paginator` of `alibaba.mos.order.refund.list.get`. */
export interface AlibabaMosOrderRefundListGetPaginatorInput {
  /** 当前页，从1开始 */
  page?: Int64Input;
  /** 每页取多少条，每次最多20 */
  page_size?: Int64Input;
}

/** `ResultDto` of `alibaba.mos.order.refund.list.get`. */
export interface AlibabaMosOrderRefundListGetResultDto {
  /** 结果集 */
  data?: AlibabaMosOrderRefundListGetPagedList;
  /** 状态码 */
  sub_code?: string;
  /** 信息 */
  sub_msg?: string;
  /** 成功标志 */
  success?: string;
}

/** `PagedList` of `alibaba.mos.order.refund.list.get`. */
export interface AlibabaMosOrderRefundListGetPagedList {
  /** 列表 */
  list?: AlibabaMosOrderRefundListGetRmaDTO[];
  /** 当前页 */
  current_page?: Int64;
  /** 取多少条 */
  page_size?: Int64;
  /** 总记录数 */
  total_count?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `RmaDTO` of `alibaba.mos.order.refund.list.get`. */
export interface AlibabaMosOrderRefundListGetRmaDTO {
  /** 快递单号 */
  express_no?: string;
  /** 快递公司名称 */
  express_name?: string;
  /** 单据类型，可选值：GOODRETURN（退货）, GOODEXCHANGE（换货）,仅退款（"RETURN"）; */
  type?: string;
  /** 单据状态，可选值：CREATED("已创建"), INBOUND("已收货同意退款"), NOTINBOUND("已收货不同意退款"),REFUNDED("已退款"),COMPLETED("已完成"),Obsolete("已作废"); */
  status?: string;
  /** 最后更新时间 */
  last_updated?: string;
  /** 退款时间 */
  refund_date?: string;
  /** 创建时间 */
  date_created?: string;
  /** 退/换货原因详情 */
  desc?: string;
  /** 退/换货原因 */
  reason?: string;
  /** 商品寄回方式，可选值：RETURNTOSTORE（到店退）, EXPRESSDELIVERY(邮寄退) */
  return_the_way?: string;
  /** 商品明细 */
  rma_items?: AlibabaMosOrderRefundListGetRmaItemDto[];
  /** 运费，单位:元 */
  freight?: string;
  /** 金额，单位:元 */
  amount?: string;
  /** 订单号 */
  order_number?: string;
  /** 单据号 */
  rma_number?: string;
  /** 退款资金信息 */
  refunds?: string;
  /** 供应商专柜Id */
  out_counter_id?: string;
  /** 银泰专柜Id */
  counter_id?: string;
}

/** `RmaItemDto` of `alibaba.mos.order.refund.list.get`. */
export interface AlibabaMosOrderRefundListGetRmaItemDto {
  /** 商品类型,可选值：普通商品(NORMAL),赠品(GIFT) */
  product_type?: string;
  /** 退/换货原因详情 */
  desc?: string;
  /** 退/换货原因 */
  reason?: string;
  /** 折扣金额，单位:元 */
  discount?: string;
  /** 售价，单位:元 */
  price?: string;
  /** 数量 */
  quantity?: string;
  /** 商品属性 */
  properties?: string;
  /** 商品标题 */
  title?: string;
  /** 外部商品Id */
  out_id?: string;
  /** 商品Id */
  sku_id?: string;
  /** 实付金额，单位:元 */
  actual_amount?: string;
  /** 唯一码（仅限西有使用） */
  disc_code?: string;
  /** 商品编码 */
  settlement_code?: string;
}

const REQUEST_SCHEMA = {
  rma_criteria: {
    order_number: 'String',
    rma_numbers: ['String'],
    end_date: 'Date',
    start_date: 'Date',
    type: 'String',
    status: ['String'],
    out_counter_id: 'String',
    counter_id: 'String',
  },
  paginator: {
    page: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      list: [
        {
          express_no: 'String',
          express_name: 'String',
          type: 'String',
          status: 'String',
          last_updated: 'Date',
          refund_date: 'Date',
          date_created: 'Date',
          desc: 'String',
          reason: 'String',
          return_the_way: 'String',
          rma_items: [
            {
              product_type: 'String',
              desc: 'String',
              reason: 'String',
              discount: 'String',
              price: 'String',
              quantity: 'String',
              properties: 'String',
              title: 'String',
              out_id: 'String',
              sku_id: 'String',
              actual_amount: 'String',
              disc_code: 'String',
              settlement_code: 'String',
            },
          ],
          freight: 'String',
          amount: 'String',
          order_number: 'String',
          rma_number: 'String',
          refunds: 'String',
          out_counter_id: 'String',
          counter_id: 'String',
        },
      ],
      current_page: 'Number',
      page_size: 'Number',
      total_count: 'Number',
      total_page: 'Number',
    },
    sub_code: 'String',
    sub_msg: 'String',
    success: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.order.refund.list.get`: method, response root, request and response schemas. */
export const alibabaMosOrderRefundListGetOperation = {
  method: 'alibaba.mos.order.refund.list.get',
  responseRoot: 'alibaba_mos_order_refund_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询交易退货信息 — calls TOP method `alibaba.mos.order.refund.list.get`.
 *
 * 批量查询多个退货单的退货明细
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOrderRefundListGet(
  client: TopClient,
  request: AlibabaMosOrderRefundListGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosOrderRefundListGetResponse> {
  return client.call<AlibabaMosOrderRefundListGetResponse>(
    {
      method: 'alibaba.mos.order.refund.list.get',
      responseRoot: 'alibaba_mos_order_refund_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
