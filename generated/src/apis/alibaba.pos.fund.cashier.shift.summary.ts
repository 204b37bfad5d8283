// Generated from specs/wdk/alibaba.pos.fund.cashier.shift.summary.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pos.fund.cashier.shift.summary` (收银换班数据同步). */
export interface AlibabaPosFundCashierShiftSummaryRequest {
  /** 请求参数 */
  cashier_shift_fund_request: AlibabaPosFundCashierShiftSummaryCashierShiftFundRequestInput;
}

/** Response of `alibaba.pos.fund.cashier.shift.summary`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPosFundCashierShiftSummaryResponse {
  /** 接口返回 */
  result?: AlibabaPosFundCashierShiftSummaryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CashierShiftFundRequest` of `alibaba.pos.fund.cashier.shift.summary`. */
export interface AlibabaPosFundCashierShiftSummaryCashierShiftFundRequestInput {
  /** 门店编号 示例 DRF4012（优先使用） */
  shop_code?: string;
  /** 门店Id（可选，shopCode为空时使用shopId） */
  shop_id?: Int64Input;
  /** 业务日期 yyyy-MM-dd 格式（优先使用） */
  biz_date?: string;
  /** 开始时间 yyyy-MM-dd HH:mm:ss(可选，bizDate为空时使用startTime) */
  start_time?: string;
  /** 结束时间 yyyy-MM-dd HH:mm:ss(可选，bizDate为空时使用endTime) */
  end_time?: string;
}

/** `Result` of `alibaba.pos.fund.cashier.shift.summary`. */
export interface AlibabaPosFundCashierShiftSummaryResult {
  /** 是否成功 */
  success?: boolean;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 扩展字段 */
  biz_ext_map?: string;
  /** 模型 */
  model?: AlibabaPosFundCashierShiftSummaryCashierShiftFundSummaryDTO[];
}

/** `CashierShiftFundSummaryDTO` of `alibaba.pos.fund.cashier.shift.summary`. */
export interface AlibabaPosFundCashierShiftSummaryCashierShiftFundSummaryDTO {
  /** 商户编号 */
  merchant_code?: string;
  /** 门店编号 */
  shop_code?: string;
  /** 业务日期 */
  biz_date?: string;
  /** POS机编号 */
  pos_no?: string;
  /** 值班编号 */
  shift_no?: string;
  /** 收银员姓名 */
  cashier_name?: string;
  /** 支付方式 */
  pay_method?: string;
  /** 系统统计金额 */
  system_amount?: string;
  /** 输入金额 */
  input_amount?: string;
  /** 单据状态 */
  settle_status?: string;
  /** 备注 */
  remark?: string;
  /** 扩展字段 */
  extra?: string;
}

const REQUEST_SCHEMA = {
  cashier_shift_fund_request: {
    shop_code: 'String',
    shop_id: 'Number',
    biz_date: 'String',
    start_time: 'String',
    end_time: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
    biz_ext_map: 'String',
    model: [
      {
        merchant_code: 'String',
        shop_code: 'String',
        biz_date: 'String',
        pos_no: 'String',
        shift_no: 'String',
        cashier_name: 'String',
        pay_method: 'String',
        system_amount: 'String',
        input_amount: 'String',
        settle_status: 'String',
        remark: 'String',
        extra: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pos.fund.cashier.shift.summary`: method, response root, request and response schemas. */
export const alibabaPosFundCashierShiftSummaryOperation = {
  method: 'alibaba.pos.fund.cashier.shift.summary',
  responseRoot: 'alibaba_pos_fund_cashier_shift_summary_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 收银换班数据同步 — calls TOP method `alibaba.pos.fund.cashier.shift.summary`.
 *
 * 收银换班数据同步，将每天收银换班的数据回流给商家。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPosFundCashierShiftSummary(
  client: TopClient,
  request: AlibabaPosFundCashierShiftSummaryRequest,
  options?: CallOptions,
): Promise<AlibabaPosFundCashierShiftSummaryResponse> {
  return client.call<AlibabaPosFundCashierShiftSummaryResponse>(
    {
      method: 'alibaba.pos.fund.cashier.shift.summary',
      responseRoot: 'alibaba_pos_fund_cashier_shift_summary_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
