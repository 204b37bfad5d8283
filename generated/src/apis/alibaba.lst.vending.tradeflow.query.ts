// Generated from specs/lstvending/alibaba.lst.vending.tradeflow.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.lst.vending.tradeflow.query` (自动售卖机交易流水查询). */
export interface AlibabaLstVendingTradeflowQueryRequest {
  /** 交易流水查询条件 */
  open_trade_flow_query: AlibabaLstVendingTradeflowQueryOpenTradeFlowQueryInput;
}

/** Response of `alibaba.lst.vending.tradeflow.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaLstVendingTradeflowQueryResponse {
  /** 结果集 */
  result?: AlibabaLstVendingTradeflowQueryResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OpenTradeFlowQuery` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQueryOpenTradeFlowQueryInput {
  /** 修改时间 */
  gmt_modified_range?: AlibabaLstVendingTradeflowQueryRangeInput;
  /** 每页记录数 */
  page_rows: Int64Input;
  /** 排序条件 */
  sort_param_list: AlibabaLstVendingTradeflowQuerySortParamInput[];
  /** 设备ID */
  equipment_id: Int64Input;
  /** 创建时间 */
  gmt_create_range?: AlibabaLstVendingTradeflowQueryRangeInput;
  /** 页码 */
  page_num: Int64Input;
}

/** `Range` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQueryRangeInput {
  /** 结束时间 */
  end?: DateInput;
  /** 开始时间 */
  begin?: DateInput;
}

/** `SortParam` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQuerySortParamInput {
  /** 排序字段名称：gmt_create创建时间、gmt_modified修改时间、id主键 */
  sort_field_name: string;
  /** 排序方式：asc、desc */
  sort_order?: string;
}

/** `ResultDto` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQueryResultDto {
  /** 错误信息 */
  error_message?: string;
  /** 交易流水记录 */
  module_list?: AlibabaLstVendingTradeflowQueryVendingTradeFlowDto[];
  /** 错误码 */
  error_code?: string;
  /** 是否异常 */
  success?: boolean;
}

/** `VendingTradeFlowDto` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQueryVendingTradeFlowDto {
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 交易类型：1购买，2退款 */
  trade_type?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 设备厂商编码 */
  supplier_code?: string;
  /** 折扣 */
  discount?: Int64;
  /** 外部系统交易流水号 */
  trade_flow_no?: string;
  /** 外部系统正向交易流水号 */
  payment_trade_flow_no?: string;
  /** 设备编码 */
  equipment_code?: string;
  /** 商品清单 */
  goods_detail_d_t_o_list?: AlibabaLstVendingTradeflowQueryVendingTradeGoodsDetailDto[];
  /** 交易总金额 */
  total_amount?: Int64;
  /** 设备ID */
  equipment_id?: Int64;
  /** 佣金金额 */
  commission?: Int64;
  /** 实际总金额 */
  actual_amount?: Int64;
  /** 支付明细 */
  payment_d_t_o_list?: AlibabaLstVendingTradeflowQueryVendingTradePaymentDto[];
}

/** `VendingTradeGoodsDetailDto` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQueryVendingTradeGoodsDetailDto {
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 数量 */
  count?: Int64;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 外部系统交易流水号 */
  trade_flow_no?: string;
  /** 商品分类 */
  category?: string;
  /** 货道编码 */
  cargo_road_no?: Int64;
  /** 商品总金额 */
  total_amount?: Int64;
  /** 商品标题 */
  goods_title?: string;
  /** 商品实际金额 */
  actual_amount?: Int64;
  /** 货架编码 */
  shelf_no?: Int64;
  /** 商品条码 */
  barcode?: string;
  /** 商品单价 */
  price?: Int64;
}

/** `VendingTradePaymentDto` of `alibaba.lst.vending.tradeflow.query`. */
export interface AlibabaLstVendingTradeflowQueryVendingTradePaymentDto {
  /** 支付金额 */
  pay_amount?: Int64;
  /** 修改时间 */
  gmt_modified?: Int64;
  /** 外部系统交易流水号 */
  trade_flow_no?: string;
  /** 创建时间 */
  gmt_create?: Int64;
  /** 支付状态：1待付款，2已付款 */
  status?: Int64;
  /** 外部系统支付用户ID，比如：支付宝PID */
  payment_user_id?: string;
  /** 外部系统支付流水号 */
  payment_flow_no?: string;
  /** 支付类型：1扣款，2退款 */
  pay_type?: Int64;
  /** 分佣佣金 */
  commission?: Int64;
  /** 支付通道：1现金，2支付宝，3微信，255其他 */
  pay_channel?: Int64;
}

const REQUEST_SCHEMA = {
  open_trade_flow_query: {
    gmt_modified_range: {
      end: 'Date',
      begin: 'Date',
    },
    page_rows: 'Number',
    sort_param_list: [
      {
        sort_field_name: 'String',
        sort_order: 'String',
      },
    ],
    equipment_id: 'Number',
    gmt_create_range: {
      end: 'Date',
      begin: 'Date',
    },
    page_num: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_message: 'String',
    module_list: [
      {
        gmt_modified: 'Number',
        trade_type: 'Number',
        gmt_create: 'Number',
        supplier_code: 'String',
        discount: 'Number',
        trade_flow_no: 'String',
        payment_trade_flow_no: 'String',
        equipment_code: 'String',
        goods_detail_d_t_o_list: [
          {
            gmt_modified: 'Number',
            count: 'Number',
            gmt_create: 'Number',
            trade_flow_no: 'String',
            category: 'String',
            cargo_road_no: 'Number',
            total_amount: 'Number',
            goods_title: 'String',
            actual_amount: 'Number',
            shelf_no: 'Number',
            barcode: 'String',
            price: 'Number',
          },
        ],
        total_amount: 'Number',
        equipment_id: 'Number',
        commission: 'Number',
        actual_amount: 'Number',
        payment_d_t_o_list: [
          {
            pay_amount: 'Number',
            gmt_modified: 'Number',
            trade_flow_no: 'String',
            gmt_create: 'Number',
            status: 'Number',
            payment_user_id: 'String',
            payment_flow_no: 'String',
            pay_type: 'Number',
            commission: 'Number',
            pay_channel: 'Number',
          },
        ],
      },
    ],
    error_code: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.lst.vending.tradeflow.query`: method, response root, request and response schemas. */
export const alibabaLstVendingTradeflowQueryOperation = {
  method: 'alibaba.lst.vending.tradeflow.query',
  responseRoot: 'alibaba_lst_vending_tradeflow_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 自动售卖机交易流水查询 — calls TOP method `alibaba.lst.vending.tradeflow.query`.
 *
 * 零售通自动售卖机交易流水查询接口，品牌商通过此接口同步商品交易数据。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaLstVendingTradeflowQuery(
  client: TopClient,
  request: AlibabaLstVendingTradeflowQueryRequest,
  options?: CallOptions,
): Promise<AlibabaLstVendingTradeflowQueryResponse> {
  return client.call<AlibabaLstVendingTradeflowQueryResponse>(
    {
      method: 'alibaba.lst.vending.tradeflow.query',
      responseRoot: 'alibaba_lst_vending_tradeflow_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
