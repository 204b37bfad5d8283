// Generated from specs/moscm/alibaba.mos.order.list.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.order.list.get` (批量查询订单交易). */
export interface AlibabaMosOrderListGetRequest {
  /** 订单查询条件 */
  order_criteria?: AlibabaMosOrderListGetOrderCriteriaInput;
  /** 分页信息 */
  paginator?: AlibabaMosOrderListGetPaginatorInput;
}

/** Response of `alibaba.mos.order.list.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOrderListGetResponse {
  /** 结果 */
  result?: AlibabaMosOrderListGetResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCriteria` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetOrderCriteriaInput {
  /** 银泰专柜Id */
  counter_id?: string;
  /** 订单创建时间 */
  start_date?: DateInput;
  /** 订单创建时间 */
  end_date?: DateInput;
  /** 订单号 */
  order_numbers?: string[];
  /** 未支付(“UNPAID”),已支付("PAID"),部分发货("PARTDISTRIBUTION"),全部发货("ALLDISTRIBUTION"),取消("CANCEL") */
  status?: string[];
  /** 供应商专柜Id */
  out_counter_id?: string;
}

/** `Paginator` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetPaginatorInput {
  /** 取多少条，每次最多取20 */
  page_size?: Int64Input;
  /** 当前页，从1开始， 最多支持返回250页 */
  page?: Int64Input;
}

/** `ResultDo` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetResultDo {
  /** 结果集 */
  data?: AlibabaMosOrderListGetPagedList;
  /** 消息 */
  sub_msg?: string;
  /** 状态码 */
  sub_code?: string;
  /** 成功标志 */
  success?: boolean;
}

/** `PagedList` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetPagedList {
  /** 集合 */
  list?: AlibabaMosOrderListGetSalesOrderDto[];
  /** 取的记录数 */
  page_size?: Int64;
  /** 当前是第几页 */
  current_page?: Int64;
  /** 总记录数 */
  total_count?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `SalesOrderDto` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetSalesOrderDto {
  /** 发票信息（已废弃） */
  invoice?: AlibabaMosOrderListGetInvoiceDto;
  /** 订单商品明细 */
  order_items?: AlibabaMosOrderListGetSalesOrderItemDto[];
  /** 门店名称 */
  store_name?: string;
  /** 销售类型：STORE（门店销售)、ONLINE(线上销售) */
  sale_type?: string;
  /** 最后更新时间 */
  last_updated?: string;
  /** 订单创建时间 */
  date_created?: string;
  /** 支付时间 */
  paid_time?: string;
  /** 运费，单位:元 */
  freight?: string;
  /** 订单商品金额，单位:元 */
  amount?: string;
  /** 订单号 */
  order_number?: string;
  /** 专柜ID */
  counter_id?: string;
  /** 专柜名称 */
  counter_name?: string;
  /** 订单状态，可选值：UNPAID(未支付)、PAID(已支付)、PARTDISTRIBUTION(部分发货)、ALLDISTRIBUTION(全部发货)、CANCEL(取消)、BUYER_REFUND_GOODS（买家退货） */
  status?: string;
  /** 买家备注 */
  buyer_memo?: string;
  /** 支付信息 */
  payments?: string;
  /** 供应商专柜Id */
  out_counter_id?: string;
  /** 发货方:INTIME(银泰)、THIRD(第三方) */
  shipper?: string;
  /** 配送方式:TOSTORE(门店自提)、APPOINTTIME(定时达)、EXPRESS(普通快递)、NEXTDAY(次日定时达)、TOSTORESERVICE(到店服务)、OFFLINESALE(现场销售)、NOT_REQUIRED（无需配送（虚拟商品）） */
  delivery_type?: string;
}

/** `InvoiceDto` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetInvoiceDto {
  /** 发票类型:普通发票、电子发票、增值税发票 */
  kind?: string;
  /** 名称 */
  title?: string;
  /** 发票内容:日用品 */
  content?: string;
  /** 发票抬头类型：个人、单位 */
  title_type?: string;
  /** 税号 */
  tax_number?: string;
}

/** `SalesOrderItemDto` of `alibaba.mos.order.list.get`. */
export interface AlibabaMosOrderListGetSalesOrderItemDto {
  /** 外部商品Id */
  out_id?: string;
  /** 商品Id */
  sku_id?: string;
  /** 商品名称 */
  title?: string;
  /** 商品类型:普通商品(NORMAL) */
  product_type?: string;
  /** 销售属性：颜色:15#/规格:3.5g，用/分隔 */
  sale_property?: string;
  /** 数量 */
  quantity?: string;
  /** 价格，单位:元 */
  price?: string;
  /** 折扣金额，单位:元 */
  discount?: string;
  /** 吊牌价，单位:元 */
  tag_price?: string;
  /** 支付信息 */
  payments?: string;
  /** 唯一码（仅西有用） */
  disc_code?: string;
  /** 分摊金额（仅西有用） */
  disc_amount?: string;
  /** 发货拦截标识（ NORMAL 正常 ;INTERCEPTION 拦截 ） */
  shipment_interception?: string;
  /** 导购Id */
  guider_id?: string;
  /** 条码 */
  barcode?: string;
  /** 货号 */
  art_no?: string;
  /** 唯一标识 */
  id?: string;
  /** E2分摊金额 */
  e2_part_discount?: string;
  /** 商品编码 */
  settlement_code?: string;
}

const REQUEST_SCHEMA = {
  order_criteria: {
    counter_id: 'String',
    start_date: 'Date',
    end_date: 'Date',
    order_numbers: ['String'],
    status: ['String'],
    out_counter_id: 'String',
  },
  paginator: {
    page_size: 'Number',
    page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      list: [
        {
          invoice: {
            kind: 'String',
            title: 'String',
            content: 'String',
            title_type: 'String',
            tax_number: 'String',
          },
          order_items: [
            {
              out_id: 'String',
              sku_id: 'String',
              title: 'String',
              product_type: 'String',
              sale_property: 'String',
              quantity: 'String',
              price: 'String',
              discount: 'String',
              tag_price: 'String',
              payments: 'String',
              disc_code: 'String',
              disc_amount: 'String',
              shipment_interception: 'String',
              guider_id: 'String',
              barcode: 'String',
              art_no: 'String',
              id: 'String',
              e2_part_discount: 'String',
              settlement_code: 'String',
            },
          ],
          store_name: 'String',
          sale_type: 'String',
          last_updated: 'Date',
          date_created: 'Date',
          paid_time: 'Date',
          freight: 'String',
          amount: 'String',
          order_number: 'String',
          counter_id: 'String',
          counter_name: 'String',
          status: 'String',
          buyer_memo: 'String',
          payments: 'String',
          out_counter_id: 'String',
          shipper: 'String',
          delivery_type: 'String',
        },
      ],
      page_size: 'Number',
      current_page: 'Number',
      total_count: 'Number',
      total_page: 'Number',
    },
    sub_msg: 'String',
    sub_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mos.order.list.get`: method, response root, request and response schemas. */
export const alibabaMosOrderListGetOperation = {
  method: 'alibaba.mos.order.list.get',
  responseRoot: 'alibaba_mos_order_list_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询订单交易 — calls TOP method `alibaba.mos.order.list.get`.
 *
 * 批量查询交易信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOrderListGet(
  client: TopClient,
  request: AlibabaMosOrderListGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosOrderListGetResponse> {
  return client.call<AlibabaMosOrderListGetResponse>(
    {
      method: 'alibaba.mos.order.list.get',
      responseRoot: 'alibaba_mos_order_list_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
