// Generated from specs/icbuseller/alibaba.seller.vendor.order.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.seller.vendor.order.list` (国际站服务市场订单列表接口). */
export interface AlibabaSellerVendorOrderListRequest {
  /** 查询参数 */
  query_trade_dto?: AlibabaSellerVendorOrderListQueryTradeDtoInput;
}

/** Response of `alibaba.seller.vendor.order.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSellerVendorOrderListResponse {
  /** 接口返回 */
  result?: AlibabaSellerVendorOrderListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryTradeDto` of `alibaba.seller.vendor.order.list`. */
export interface AlibabaSellerVendorOrderListQueryTradeDtoInput {
  /** 交易单状态变更起始时间 */
  fire_time_start?: DateInput;
  /** 服务code列表 */
  service_code?: string[];
  /** 起始值 */
  off_set?: Int64Input;
  /** 交易单创建结束时间 */
  create_time_end?: DateInput;
  /** 结束值 */
  length?: Int64Input;
  /** 交易单创建起始时间 */
  create_time_start?: DateInput;
  /** 是否展示 */
  is_display?: boolean;
  /** 交易单状态变更结束时间 */
  fire_time_end?: DateInput;
  /** 买家aliid */
  buyer_ali_id?: Int64Input;
  /** 交易id号列表 */
  trade_ids?: Int64Input[];
  /** 订单号列表 */
  order_nos?: string[];
  /** 状态列表 */
  status?: string[];
  /** 页码 */
  page?: Int64Input;
  /** 每页显示数量 */
  page_size?: Int64Input;
}

/** `Result` of `alibaba.seller.vendor.order.list`. */
export interface AlibabaSellerVendorOrderListResult {
  /** 接口返回 */
  exec_description?: string;
  /** 返回码 */
  return_code?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 分页对象 */
  page_dto?: AlibabaSellerVendorOrderListPageDto;
  /** 返回对象集合 */
  dtos?: AlibabaSellerVendorOrderListDto[];
}

/** `PageDto` of `alibaba.seller.vendor.order.list`. */
export interface AlibabaSellerVendorOrderListPageDto {
  /** 总数据量 */
  total_item?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** 每页显示数量 */
  page_size?: Int64;
  /** 当前页码 */
  current_page?: Int64;
}

/** `Dto` of `alibaba.seller.vendor.order.list`. */
export interface AlibabaSellerVendorOrderListDto {
  /** 订单类型 */
  order_type?: string;
  /** 订单编号 */
  order_no?: string;
  /** 购买数量 */
  quantity?: Int64;
  /** 订单状态 */
  current_status?: string;
  /** 服务编码 */
  service_code?: string;
  /** 状态更新时间 */
  fire_time?: string;
  /** 成交价格 */
  transaction_price?: string;
  /** 创建时间 */
  create_time?: string;
  /** 成交单价 */
  transaction_unit_price?: string;
  /** 支付通道 */
  pay_channel?: string;
  /** 订单货币类型 */
  currency?: string;
  /** 退款金额 */
  refund_price?: string;
  /** 订单标题 */
  order_title?: string;
  /** 规格编码 */
  sku_code?: string;
  /** 购买者阿里id */
  buyer_ali_id?: Int64;
  /** 购买者登陆账号 */
  buyer_login_id?: string;
  /** 服务分类id */
  service_category_id?: Int64;
  /** 服务分类名称 */
  service_category?: string;
  /** 用户购买sku */
  service_sku_label?: string;
}

const REQUEST_SCHEMA = {
  query_trade_dto: {
    fire_time_start: 'Date',
    service_code: ['String'],
    off_set: 'Number',
    create_time_end: 'Date',
    length: 'Number',
    create_time_start: 'Date',
    is_display: 'Boolean',
    fire_time_end: 'Date',
    buyer_ali_id: 'Number',
    trade_ids: ['Number'],
    order_nos: ['String'],
    status: ['String'],
    page: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    exec_description: 'String',
    return_code: 'Number',
    success: 'Boolean',
    page_dto: {
      total_item: 'Number',
      total_page: 'Number',
      page_size: 'Number',
      current_page: 'Number',
    },
    dtos: [
      {
        order_type: 'String',
        order_no: 'String',
        quantity: 'Number',
        current_status: 'String',
        service_code: 'String',
        fire_time: 'Date',
        transaction_price: 'String',
        create_time: 'Date',
        transaction_unit_price: 'String',
        pay_channel: 'String',
        currency: 'String',
        refund_price: 'String',
        order_title: 'String',
        sku_code: 'String',
        buyer_ali_id: 'Number',
        buyer_login_id: 'String',
        service_category_id: 'Number',
        service_category: 'String',
        service_sku_label: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.seller.vendor.order.list`: method, response root, request and response schemas. */
export const alibabaSellerVendorOrderListOperation = {
  method: 'alibaba.seller.vendor.order.list',
  responseRoot: 'alibaba_seller_vendor_order_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 国际站服务市场订单列表接口 — calls TOP method `alibaba.seller.vendor.order.list`.
 *
 * 返回服务商在服务市场的客户订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSellerVendorOrderList(
  client: TopClient,
  request: AlibabaSellerVendorOrderListRequest = {},
  options?: CallOptions,
): Promise<AlibabaSellerVendorOrderListResponse> {
  return client.call<AlibabaSellerVendorOrderListResponse>(
    {
      method: 'alibaba.seller.vendor.order.list',
      responseRoot: 'alibaba_seller_vendor_order_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
