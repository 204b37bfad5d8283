// Generated from specs/moscm/alibaba.mos.order.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mos.order.query` (批量查询订单信息). */
export interface AlibabaMosOrderQueryRequest {
  /** 订单查询 */
  order_criteria?: AlibabaMosOrderQueryOrderCriteriaInput;
  /** 分页信息 */
  paginator?: AlibabaMosOrderQueryPaginatorInput;
}

/** Response of `alibaba.mos.order.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMosOrderQueryResponse {
  /** 返回结果 */
  result?: AlibabaMosOrderQueryResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OrderCriteria` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQueryOrderCriteriaInput {
  /** 外部专柜Id */
  out_counter_id?: string;
  /** 订单状态：UNPAID(未支付),PAID(已支付),PARTDISTRIBUTION(部分发货),ALLDISTRIBUTION(全部发货),CANCEL(取消) */
  status?: string[];
  /** 订单集合 */
  order_numbers?: string[];
  /** 创建时间范围，开始时间 */
  end_date?: DateInput;
  /** 创建时间范围，结束时间 */
  start_date?: DateInput;
  /** 专柜Id */
  counter_id?: string;
  /** 订单修改时间范围，开始时间 */
  modify_end_date?: DateInput;
  /** 订单修改时间范围，结束时间 */
  modify_start_date?: DateInput;
}

/** `Paginator` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQueryPaginatorInput {
  /** 取多少条,每次最多取20条 */
  page_size: Int64Input;
  /** 当前页，最多支持返回250页 */
  page: Int64Input;
}

/** `ResultDo` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQueryResultDo {
  /** 订单数据 */
  data?: AlibabaMosOrderQueryPagedList;
  /** 异常信息 */
  sub_msg?: string;
  /** 等于200代表成功 */
  sub_code?: string;
  /** 调用是否成功 */
  success?: boolean;
}

/** `PagedList` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQueryPagedList {
  /** 订单集合 */
  list?: AlibabaMosOrderQuerySalesOrderDto[];
  /** 取多少条 */
  page_size?: Int64;
  /** 当前页 */
  current_page?: Int64;
  /** 总记录数 */
  total_count?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `SalesOrderDto` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQuerySalesOrderDto {
  /** 发票信息（已废弃，不再支持） */
  invoice?: AlibabaMosOrderQueryInvoiceDto;
  /** 订单明细 */
  order_items?: AlibabaMosOrderQuerySalesOrderItemDto[];
  /** 门店名称 */
  store_name?: string;
  /** 销售类型:STORE(门店销售),ONLINE(线上销售) */
  sale_type?: string;
  /** 订单更新时间 */
  last_updated?: string;
  /** 订单创建时间 */
  date_created?: string;
  /** 支付时间 */
  paid_time?: string;
  /** 运费，单位:元 */
  freight?: string;
  /** 订单金额，单位:元 */
  amount?: string;
  /** 订单号 */
  order_number?: string;
  /** 专柜Id */
  counter_id?: string;
  /** 专柜名称 */
  counter_name?: string;
  /** 订单状态:UNPAID(未支付),PAID(已支付),PARTDISTRIBUTION(部分发货),ALLDISTRIBUTION(全部发货),CANCEL(取消)，BUYER_REFUND_GOODS（买家退货） */
  status?: string;
  /** 买家留言 */
  buyer_memo?: string;
  /** 外部专柜Id */
  out_counter_id?: string;
  /** 发货方:INTIME(银泰)、THIRD(第三方) */
  shipper?: string;
  /** 收货人姓名 */
  receiver_name?: string;
  /** 收货人详细地址 */
  receiver_address?: string;
  /** 收货人省份 */
  receiver_state?: string;
  /** 收货地址邮编 */
  receiver_zip?: string;
  /** 收货人移动电话 */
  receiver_mobile?: string;
  /** 收货人固话 */
  receiver_phone?: string;
  /** 配送方式:TOSTORE(门店自提)、APPOINTTIME(定时达)、EXPRESS(普通快递)、NEXTDAY(次日定时达)、TOSTORESERVICE(到店服务)、OFFLINESALE(现场销售)、NOT_REQUIRED（无需配送（虚拟商品）） */
  delivery_type?: string;
  /** 预约送达时间范围，开始时间 */
  appointment_start_time?: string;
  /** 收货人所在区域 */
  receiver_area?: string;
  /** 收货人所在市 */
  receiver_city?: string;
  /** 预约送达时间范围，结束时间 */
  appointment_end_time?: string;
  /** 预售订单，最晚发货时间 */
  latest_delivery_time?: string;
  /** 订单标签，PRE_ORDER(预购)，PRE_SALE（预售），DUTCH_ACTION（东东抢） */
  tag?: string;
}

/** `InvoiceDto` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQueryInvoiceDto {
  /** 发票类型：电子/纸质 */
  kind?: string;
  /** 发票名称：北京XX有限公司 */
  title?: string;
  /** 发票明细:服饰 */
  content?: string;
  /** 抬头类型：个人/公司 */
  title_type?: string;
  /** 纳税人识别号 */
  tax_number?: string;
}

/** `SalesOrderItemDto` of `alibaba.mos.order.query`. */
export interface AlibabaMosOrderQuerySalesOrderItemDto {
  /** 外部商品id */
  out_id?: string;
  /** 商品sku */
  sku_id?: string;
  /** 商品标题 */
  title?: string;
  /** 商品类型:NORMAL(普通商品) */
  product_type?: string;
  /** 商品销售属性 */
  sale_property?: string;
  /** 数量 */
  quantity?: string;
  /** 销售价，单位:元 */
  price?: string;
  /** 折扣金额 */
  discount?: string;
  /** 吊牌价，单位:元 */
  tag_price?: string;
  /** 发货拦截标识:NORMAL(正常),INTERCEPTION(拦截) */
  shipment_interception?: string;
  /** 唯一标识 */
  id?: string;
  /** 唯一码 */
  disc_code?: string;
  /** 导购id */
  guider_id?: string;
  /** 条码 */
  barcode?: string;
  /** 货号 */
  art_no?: string;
  /** E2满减分摊金额 */
  e2_part_discount?: string;
}

const REQUEST_SCHEMA = {
  order_criteria: {
    out_counter_id: 'String',
    status: ['String'],
    order_numbers: ['String'],
    end_date: 'Date',
    start_date: 'Date',
    counter_id: 'String',
    modify_end_date: 'Date',
    modify_start_date: 'Date',
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
              shipment_interception: 'String',
              id: 'String',
              disc_code: 'String',
              guider_id: 'String',
              barcode: 'String',
              art_no: 'String',
              e2_part_discount: 'String',
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
          out_counter_id: 'String',
          shipper: 'String',
          receiver_name: 'String',
          receiver_address: 'String',
          receiver_state: 'String',
          receiver_zip: 'String',
          receiver_mobile: 'String',
          receiver_phone: 'String',
          delivery_type: 'String',
          appointment_start_time: 'Date',
          receiver_area: 'String',
          receiver_city: 'String',
          appointment_end_time: 'Date',
          latest_delivery_time: 'Date',
          tag: 'String',
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

/** Static description of `alibaba.mos.order.query`: method, response root, request and response schemas. */
export const alibabaMosOrderQueryOperation = {
  method: 'alibaba.mos.order.query',
  responseRoot: 'alibaba_mos_order_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询订单信息 — calls TOP method `alibaba.mos.order.query`.
 *
 * 查询多笔交易信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMosOrderQuery(
  client: TopClient,
  request: AlibabaMosOrderQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaMosOrderQueryResponse> {
  return client.call<AlibabaMosOrderQueryResponse>(
    {
      method: 'alibaba.mos.order.query',
      responseRoot: 'alibaba_mos_order_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
