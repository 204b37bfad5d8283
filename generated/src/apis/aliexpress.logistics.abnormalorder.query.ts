// Generated from specs/aliexpress/aliexpress.logistics.abnormalorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `aliexpress.logistics.abnormalorder.query` (异常订单查询). */
export interface AliexpressLogisticsAbnormalorderQueryRequest {
  /** 订单创建时间开始 */
  gmt_create_start?: DateInput;
  /** 交易订单号 */
  trade_order_id?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
  /** 状态编码列表 */
  warehouse_status_list?: string;
  /** 状态变更时间开始 */
  gmt_status_update_start?: DateInput;
  /** 运单号 */
  intl_tracking_no?: string;
  /** 订单创建时间结束 */
  gmt_create_end?: DateInput;
  /** 当前页 */
  current_page?: Int64Input;
  /** 状态变更时间结束 */
  gmt_status_update_end?: DateInput;
}

/** Response of `aliexpress.logistics.abnormalorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AliexpressLogisticsAbnormalorderQueryResponse {
  /** 订单详情 */
  result?: AliexpressLogisticsAbnormalorderQueryAeopWarehouseAbnormalOrderResult[];
  /** 错误描述 */
  error_desc?: string;
  /** 总页数 */
  total_page?: Int64;
  /** 总条数 */
  total_count?: Int64;
  /** 当前页 */
  current_page?: Int64;
  /** 是否成功 */
  is_success?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AeopWarehouseAbnormalOrderResult` of `aliexpress.logistics.abnormalorder.query`. */
export interface AliexpressLogisticsAbnormalorderQueryAeopWarehouseAbnormalOrderResult {
  /** 解决方案_仓编码 */
  scheme_code?: string;
  /** 交易单号 */
  trade_order_id?: Int64;
  /** 解决方案名称 */
  solution_name?: string;
  /** 国内快递公司 */
  domestic_logistic_company_name?: string;
  /** 状态变更时间 */
  gmt_status_update?: string;
  /** 异常原因 */
  abnormal_reason?: string;
  /** 异常编码 */
  abnormal_code?: string;
  /** 运单号 */
  intl_tracking_no?: string;
  /** 订单创建时间 */
  gmt_create?: string;
  /** 揽收仓名称 */
  warehouse_name?: string;
  /** 解决方案编码 */
  solution_code?: string;
  /** 揽收仓编码 */
  warehouse_code?: string;
  /** 物流详情链接 */
  logistic_detail_url?: string;
  /** 订单状态名称 */
  order_status_name?: string;
  /** 取消状态编码 */
  cancel_status_code?: string;
  /** 支付状态编码 */
  payment_status_code?: string;
  /** 不可达保险 */
  unreachable_insured?: boolean;
  /** 退回运单号 */
  und_express_mail_no?: string;
  /** 禁运审核结果 */
  forbidden_audit_result?: string;
  /** 订单状态编码 */
  order_status_code?: string;
  /** 取消状态名称 */
  cancel_status_name?: string;
  /** 支付状态名称 */
  payment_status_name?: string;
  /** id */
  id?: Int64;
  /** 国内运单号 */
  domestic_logistic_tracking_no?: string;
  /** 高货值保险 */
  high_value_insure?: boolean;
  /** 逆袭高货值保险 */
  re_high_value_insure?: boolean;
}

const REQUEST_SCHEMA = {
  gmt_create_start: 'Date',
  trade_order_id: 'Number',
  page_size: 'Number',
  warehouse_status_list: 'String',
  gmt_status_update_start: 'Date',
  intl_tracking_no: 'String',
  gmt_create_end: 'Date',
  current_page: 'Number',
  gmt_status_update_end: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: [
    {
      scheme_code: 'String',
      trade_order_id: 'Number',
      solution_name: 'String',
      domestic_logistic_company_name: 'String',
      gmt_status_update: 'Date',
      abnormal_reason: 'String',
      abnormal_code: 'String',
      intl_tracking_no: 'String',
      gmt_create: 'Date',
      warehouse_name: 'String',
      solution_code: 'String',
      warehouse_code: 'String',
      logistic_detail_url: 'String',
      order_status_name: 'String',
      cancel_status_code: 'String',
      payment_status_code: 'String',
      unreachable_insured: 'Boolean',
      und_express_mail_no: 'String',
      forbidden_audit_result: 'String',
      order_status_code: 'String',
      cancel_status_name: 'String',
      payment_status_name: 'String',
      id: 'Number',
      domestic_logistic_tracking_no: 'String',
      high_value_insure: 'Boolean',
      re_high_value_insure: 'Boolean',
    },
  ],
  error_desc: 'String',
  total_page: 'Number',
  total_count: 'Number',
  current_page: 'Number',
  is_success: 'String',
} as const satisfies ObjectSchema;

/** Static description of `aliexpress.logistics.abnormalorder.query`: method, response root, request and response schemas. */
export const aliexpressLogisticsAbnormalorderQueryOperation = {
  method: 'aliexpress.logistics.abnormalorder.query',
  responseRoot: 'aliexpress_logistics_abnormalorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 异常订单查询 — calls TOP method `aliexpress.logistics.abnormalorder.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function aliexpressLogisticsAbnormalorderQuery(
  client: TopClient,
  request: AliexpressLogisticsAbnormalorderQueryRequest = {},
  options?: CallOptions,
): Promise<AliexpressLogisticsAbnormalorderQueryResponse> {
  return client.call<AliexpressLogisticsAbnormalorderQueryResponse>(
    {
      method: 'aliexpress.logistics.abnormalorder.query',
      responseRoot: 'aliexpress_logistics_abnormalorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
