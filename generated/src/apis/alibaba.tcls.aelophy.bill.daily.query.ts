// Generated from specs/wdk/alibaba.tcls.aelophy.bill.daily.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tcls.aelophy.bill.daily.query` (账单日汇总接口). */
export interface AlibabaTclsAelophyBillDailyQueryRequest {
  /** 请求入参 */
  daily_request: AlibabaTclsAelophyBillDailyQueryBillDailyQueryRequestInput;
}

/** Response of `alibaba.tcls.aelophy.bill.daily.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTclsAelophyBillDailyQueryResponse {
  /** 结果对象 */
  api_result?: AlibabaTclsAelophyBillDailyQueryApiPageResults;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BillDailyQueryRequest` of `alibaba.tcls.aelophy.bill.daily.query`. */
export interface AlibabaTclsAelophyBillDailyQueryBillDailyQueryRequestInput {
  /** 当前页码，从1开始 */
  current?: Int64Input;
  /** 页大小 */
  page_size?: Int64Input;
  /** 经营店ID */
  store_id?: string;
  /** 账单开始时间，默认系统时间前一天 */
  bill_start_date?: Int64Input;
  /** 账单结束时间，默认系统时间前一天 */
  bill_end_date?: Int64Input;
}

/** `ApiPageResults` of `alibaba.tcls.aelophy.bill.daily.query`. */
export interface AlibabaTclsAelophyBillDailyQueryApiPageResults {
  /** 当前页码 */
  page_index?: Int64;
  /** 页大小 */
  page_size?: Int64;
  /** 总页数 */
  page_count?: Int64;
  /** 总记录数 */
  total?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 错误描述 */
  err_msg?: string;
  /** 错误码 */
  err_code?: string;
  /** 业务结果集 */
  model?: AlibabaTclsAelophyBillDailyQueryBillDailyDTO[];
}

/** `BillDailyDTO` of `alibaba.tcls.aelophy.bill.daily.query`. */
export interface AlibabaTclsAelophyBillDailyQueryBillDailyDTO {
  /** 商家编码 */
  merchant_code?: string;
  /** 经营店ID */
  store_id?: string;
  /** 订单来源 */
  order_from?: string;
  /** 明细单据唯一结算标识 */
  settle_biz_id?: string;
  /** 账单日期 */
  bill_date?: string;
  /** 商家应收金额，正号代表收入，负号代表支出 */
  settle_amount?: string;
  /** 商品总金额 */
  sku_amount?: string;
  /** 计费基数 */
  charge_base_amount?: string;
  /** 商户应收包装费总额，正号代表收入，负号代表支出 */
  package_amount?: string;
  /** 商户应收总运费，正号代表收入，负号代表支出 */
  send_amount?: string;
  /** 商户补贴总金额，正负号存在渠道差异 */
  merchant_subsidy_amount?: string;
  /** 平台营销补贴费用，正号代表收入，负号代表支出 */
  plat_subsidy_amount?: string;
  /** 品牌营销补贴费用，正号代表收入，负号代表支出 */
  brand_subsidy_amount?: string;
  /** 代理商营销补贴费用，正号代表收入，负号代表支出 */
  agent_subsidy_amount?: string;
  /** 技术服务费，正号代表收入，负号代表支出 */
  channel_commission_amount?: string;
  /** 基础物流费，正号代表收入，负号代表支出 */
  base_logistics_amount?: string;
  /** 增值服务费，正号代表收入，负号代表支出 */
  added_value_amount?: string;
  /** 其它服务费，正号代表收入，负号代表支出 */
  other_fee_amount?: string;
  /** 手续费，正号代表收入，负号代表支出 */
  handle_fee_amount?: string;
  /** 其它费用 */
  extend_info?: string;
  /** 平台红包补贴 */
  platform_voucher_subsidy_fee?: string;
  /** 商家承担红包补贴费用 */
  merchant_voucher_subsidy_fee?: string;
  /** 平台包装费 */
  plat_package_fee?: string;
  /** 用户实付金额 */
  user_pay_amount?: string;
}

const REQUEST_SCHEMA = {
  daily_request: {
    current: 'Number',
    page_size: 'Number',
    store_id: 'String',
    bill_start_date: 'Number',
    bill_end_date: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    page_index: 'Number',
    page_size: 'Number',
    page_count: 'Number',
    total: 'Number',
    success: 'Boolean',
    err_msg: 'String',
    err_code: 'String',
    model: [
      {
        merchant_code: 'String',
        store_id: 'String',
        order_from: 'String',
        settle_biz_id: 'String',
        bill_date: 'String',
        settle_amount: 'Price',
        sku_amount: 'Price',
        charge_base_amount: 'Price',
        package_amount: 'Price',
        send_amount: 'Price',
        merchant_subsidy_amount: 'Price',
        plat_subsidy_amount: 'Price',
        brand_subsidy_amount: 'Price',
        agent_subsidy_amount: 'Price',
        channel_commission_amount: 'Price',
        base_logistics_amount: 'Price',
        added_value_amount: 'Price',
        other_fee_amount: 'Price',
        handle_fee_amount: 'Price',
        extend_info: 'String',
        platform_voucher_subsidy_fee: 'Price',
        merchant_voucher_subsidy_fee: 'Price',
        plat_package_fee: 'Price',
        user_pay_amount: 'Price',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tcls.aelophy.bill.daily.query`: method, response root, request and response schemas. */
export const alibabaTclsAelophyBillDailyQueryOperation = {
  method: 'alibaba.tcls.aelophy.bill.daily.query',
  responseRoot: 'alibaba_tcls_aelophy_bill_daily_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 账单日汇总接口 — calls TOP method `alibaba.tcls.aelophy.bill.daily.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTclsAelophyBillDailyQuery(
  client: TopClient,
  request: AlibabaTclsAelophyBillDailyQueryRequest,
  options?: CallOptions,
): Promise<AlibabaTclsAelophyBillDailyQueryResponse> {
  return client.call<AlibabaTclsAelophyBillDailyQueryResponse>(
    {
      method: 'alibaba.tcls.aelophy.bill.daily.query',
      responseRoot: 'alibaba_tcls_aelophy_bill_daily_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
