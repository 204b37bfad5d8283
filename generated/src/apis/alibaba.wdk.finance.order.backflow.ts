// Generated from specs/wdk/alibaba.wdk.finance.order.backflow.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.finance.order.backflow` (财务订单回流). */
export interface AlibabaWdkFinanceOrderBackflowRequest {
  /** 财务订单回流入参 */
  finance_order_detail_request: AlibabaWdkFinanceOrderBackflowFinanceOrderDetailRequestInput;
}

/** Response of `alibaba.wdk.finance.order.backflow`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkFinanceOrderBackflowResponse {
  /** 根据站点名称查询产品 */
  api_result?: AlibabaWdkFinanceOrderBackflowApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FinanceOrderDetailRequest` of `alibaba.wdk.finance.order.backflow`. */
export interface AlibabaWdkFinanceOrderBackflowFinanceOrderDetailRequestInput {
  /** 当前页码 */
  current_page: Int64Input;
  /** 每页条数 */
  page_size: Int64Input;
  /** 销售渠道 */
  sale_channel?: string;
  /** 销售来源 */
  sale_source?: string;
  /** 交易类型 */
  trade_type?: string;
  /** 门店编码list */
  shop_codes?: string[];
  /** 结束时间 */
  end_time: DateInput;
  /** 开始时间 */
  start_time: DateInput;
}

/** `ApiResult` of `alibaba.wdk.finance.order.backflow`. */
export interface AlibabaWdkFinanceOrderBackflowApiResult {
  /** 调用接口返回的具体结果 */
  models?: AlibabaWdkFinanceOrderBackflowFinanceOrderDetailResponse;
  /** 调用接口返回错误码 */
  err_code?: string;
  /** 调用接口返回错误信息 */
  err_msg?: string;
  /** 调用接口返回成功失败 */
  success?: boolean;
}

/** `FinanceOrderDetailResponse` of `alibaba.wdk.finance.order.backflow`. */
export interface AlibabaWdkFinanceOrderBackflowFinanceOrderDetailResponse {
  /** 分页信息 */
  pagination?: AlibabaWdkFinanceOrderBackflowPagination;
  /** 财务订单信息 */
  finance_order_details?: AlibabaWdkFinanceOrderBackflowFinanceOrderDetail[];
}

/** `Pagination` of `alibaba.wdk.finance.order.backflow`. */
export interface AlibabaWdkFinanceOrderBackflowPagination {
  /** 总页数 */
  total_page?: Int64;
  /** 总记录数 */
  total_count?: Int64;
  /** 页容量 */
  page_size?: Int64;
  /** 当前页码 */
  current_page?: Int64;
}

/** `FinanceOrderDetail` of `alibaba.wdk.finance.order.backflow`. */
export interface AlibabaWdkFinanceOrderBackflowFinanceOrderDetail {
  /** 币种 */
  currency?: string;
  /** 未税销售净额 */
  untax_sale_total_amount?: Int64;
  /** 含税销售净额 */
  sale_total_amount?: Int64;
  /** 未税优惠金额 */
  untax_discount_amount?: Int64;
  /** 含税优惠金额 */
  discount_amount?: Int64;
  /** 未税金额 */
  untax_amount?: Int64;
  /** 含税金额 */
  amount?: Int64;
  /** 含税商品单价（元） */
  unit_price?: Int64;
  /** 交易数量 */
  quantity?: Int64;
  /** 税率 */
  tax_rate?: string;
  /** 销售渠道 */
  sale_channel?: string;
  /** 销售来源 */
  sale_source?: string;
  /** 交易类型 */
  trade_type?: string;
  /** 商品名称 */
  sku_name?: string;
  /** 商品编码 */
  sku_code?: string;
  /** 业务主订单id */
  p_trade_id?: string;
  /** 门店名称 */
  shop_name?: string;
  /** 门店编码 */
  shop_code?: string;
  /** 交易时间，用户实际下单时间，格式：HH:mm:ss */
  trade_time?: string;
  /** 业务日期，用户实际下单日期，格式：yyyyMMdd */
  biz_date?: string;
  /** 业务主键 */
  biz_uk?: string;
  /** 交易类型编码 * 88 - 销售 * 99 - 退款 */
  trade_type_code?: Int64;
}

const REQUEST_SCHEMA = {
  finance_order_detail_request: {
    current_page: 'Number',
    page_size: 'Number',
    sale_channel: 'String',
    sale_source: 'String',
    trade_type: 'String',
    shop_codes: ['String'],
    end_time: 'Date',
    start_time: 'Date',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    models: {
      pagination: {
        total_page: 'Number',
        total_count: 'Number',
        page_size: 'Number',
        current_page: 'Number',
      },
      finance_order_details: [
        {
          currency: 'String',
          untax_sale_total_amount: 'Number',
          sale_total_amount: 'Number',
          untax_discount_amount: 'Number',
          discount_amount: 'Number',
          untax_amount: 'Number',
          amount: 'Number',
          unit_price: 'Number',
          quantity: 'Number',
          tax_rate: 'String',
          sale_channel: 'String',
          sale_source: 'String',
          trade_type: 'String',
          sku_name: 'String',
          sku_code: 'String',
          p_trade_id: 'String',
          shop_name: 'String',
          shop_code: 'String',
          trade_time: 'String',
          biz_date: 'String',
          biz_uk: 'String',
          trade_type_code: 'Number',
        },
      ],
    },
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.finance.order.backflow`: method, response root, request and response schemas. */
export const alibabaWdkFinanceOrderBackflowOperation = {
  method: 'alibaba.wdk.finance.order.backflow',
  responseRoot: 'alibaba_wdk_finance_order_backflow_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 财务订单回流 — calls TOP method `alibaba.wdk.finance.order.backflow`.
 *
 * 星巴克拉取财务订单回流数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkFinanceOrderBackflow(
  client: TopClient,
  request: AlibabaWdkFinanceOrderBackflowRequest,
  options?: CallOptions,
): Promise<AlibabaWdkFinanceOrderBackflowResponse> {
  return client.call<AlibabaWdkFinanceOrderBackflowResponse>(
    {
      method: 'alibaba.wdk.finance.order.backflow',
      responseRoot: 'alibaba_wdk_finance_order_backflow_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
