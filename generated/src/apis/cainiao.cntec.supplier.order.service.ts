// Generated from specs/trade/cainiao.cntec.supplier.order.service.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cntec.supplier.order.service` (供货商查询订单数据接口). */
export interface CainiaoCntecSupplierOrderServiceRequest {
  /** 系统自动生成 */
  query_conditioin?: CainiaoCntecSupplierOrderServiceSupplierOrderQueryDtoInput;
}

/** Response of `cainiao.cntec.supplier.order.service`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCntecSupplierOrderServiceResponse {
  /** 接口返回model */
  result?: CainiaoCntecSupplierOrderServiceResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SupplierOrderQueryDto` of `cainiao.cntec.supplier.order.service`. */
export interface CainiaoCntecSupplierOrderServiceSupplierOrderQueryDtoInput {
  /** 外部门店ID */
  outer_store_id: string;
  /** 查询交易创建时间在2020-06-03的订单，只接受yyyy-MM-dd格式的字符串 */
  trade_create_date: string;
  /** 分页游标 */
  page_index: Int64Input;
  /** 供货商身份标识，比如大润发就传DRF */
  supplier: string;
  /** 分页参数，页大小 */
  page_size: Int64Input;
}

/** `Result` of `cainiao.cntec.supplier.order.service`. */
export interface CainiaoCntecSupplierOrderServiceResult {
  /** 是否有下一页 */
  has_next_page?: boolean;
  /** 分页大小 */
  page_size?: Int64;
  /** 总条数 */
  total_count?: Int64;
  /** 错误信息 */
  error_msg?: string;
  /** 分页游标 */
  page_index?: Int64;
  /** 错误码 */
  err_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 订单列表 */
  order_list?: CainiaoCntecSupplierOrderServiceSupplierOrder[];
}

/** `SupplierOrder` of `cainiao.cntec.supplier.order.service`. */
export interface CainiaoCntecSupplierOrderServiceSupplierOrder {
  /** 退款金额 */
  refund_fee?: Int64;
  /** 外部门店ID */
  outer_store_id?: string;
  /** 买家账号 */
  buyer_nick?: string;
  /** 商品名称 */
  item_title?: string;
  /** 城市 */
  city?: string;
  /** 商品总价，单位为分 */
  item_total_price?: Int64;
  /** 退款状态，有两种状态，已退款和未退款 */
  refund_status?: string;
  /** 交易完成时间 */
  trade_end_time?: string;
  /** 买家ID */
  buyer_id?: string;
  /** 交易创建时间 */
  trade_create_time?: string;
  /** 购买数量 */
  buy_amount?: Int64;
  /** 子订单ID */
  sub_order_id?: string;
  /** 外部商品ID,对RT来说就是货号 */
  outer_item_id?: string;
  /** 交易状态 */
  trade_status?: string;
  /** 供货商身份标识 */
  supplier?: string;
  /** 退款完成时间 */
  refund_end_time?: string;
  /** 商品价格，单位为分 */
  item_price?: Int64;
  /** 驿站名称 */
  station_name?: string;
  /** 门店名称 */
  store_name?: string;
  /** 主订单ID */
  main_order_id?: string;
  /** 驿站ID */
  station_id?: Int64;
  /** 营销活动开始时间 */
  activity_start_time?: string;
  /** 营销活动扩展属性，可能包含到货时间 */
  activity_attributes?: string;
  /** 营销活动类型 */
  activity_type?: string;
  /** 营销活动名称 */
  activity_name?: string;
  /** 营销活动id */
  activity_id?: Int64;
  /** 营销活动结束时间 */
  activity_end_time?: string;
  /** 实付金额，单位为分 */
  actual_total_fee?: Int64;
  /** 更新时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  query_conditioin: {
    outer_store_id: 'String',
    trade_create_date: 'String',
    page_index: 'Number',
    supplier: 'String',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    has_next_page: 'Boolean',
    page_size: 'Number',
    total_count: 'Number',
    error_msg: 'String',
    page_index: 'Number',
    err_code: 'String',
    success: 'Boolean',
    order_list: [
      {
        refund_fee: 'Number',
        outer_store_id: 'String',
        buyer_nick: 'String',
        item_title: 'String',
        city: 'String',
        item_total_price: 'Number',
        refund_status: 'String',
        trade_end_time: 'Date',
        buyer_id: 'String',
        trade_create_time: 'Date',
        buy_amount: 'Number',
        sub_order_id: 'String',
        outer_item_id: 'String',
        trade_status: 'String',
        supplier: 'String',
        refund_end_time: 'Date',
        item_price: 'Number',
        station_name: 'String',
        store_name: 'String',
        main_order_id: 'String',
        station_id: 'Number',
        activity_start_time: 'Date',
        activity_attributes: 'String',
        activity_type: 'String',
        activity_name: 'String',
        activity_id: 'Number',
        activity_end_time: 'Date',
        actual_total_fee: 'Number',
        modified_time: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cntec.supplier.order.service`: method, response root, request and response schemas. */
export const cainiaoCntecSupplierOrderServiceOperation = {
  method: 'cainiao.cntec.supplier.order.service',
  responseRoot: 'cainiao_cntec_supplier_order_service_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 供货商查询订单数据接口 — calls TOP method `cainiao.cntec.supplier.order.service`.
 *
 * 提供给供货商查询订单信息的接口，返回给供货商的订单数据已经是脱敏精简后的，比如订单ID用户ID已经用md5加密，用户昵称已经脱敏，商品信息本身是供货商提供的。
 * 数据查询的范围只和供货商的身份有关系，比如大润发的用户只能查询大润发的订单，而且会校验身份和颁发的appkey之间的关系，并且目前对接的只有一个供货商
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCntecSupplierOrderService(
  client: TopClient,
  request: CainiaoCntecSupplierOrderServiceRequest = {},
  options?: CallOptions,
): Promise<CainiaoCntecSupplierOrderServiceResponse> {
  return client.call<CainiaoCntecSupplierOrderServiceResponse>(
    {
      method: 'cainiao.cntec.supplier.order.service',
      responseRoot: 'cainiao_cntec_supplier_order_service_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
