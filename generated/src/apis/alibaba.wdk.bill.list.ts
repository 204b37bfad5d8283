// Generated from specs/wdk/alibaba.wdk.bill.list.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.bill.list` (五道口账单拉取接口). */
export interface AlibabaWdkBillListRequest {
  /** 入参 */
  txd_bill_list_get_request: AlibabaWdkBillListTxdBillListGetRequestInput;
}

/** Response of `alibaba.wdk.bill.list`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkBillListResponse {
  /** 接口响应结果 */
  api_result?: AlibabaWdkBillListApiResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TxdBillListGetRequest` of `alibaba.wdk.bill.list`. */
export interface AlibabaWdkBillListTxdBillListGetRequestInput {
  /** 结束账单日 */
  end_bill_date: DateInput;
  /** 开始账单日 */
  start_bill_date: DateInput;
  /** 门店编码 */
  shop_code?: string;
  /** 页面大小，默认20，最大不得超过200 */
  page_size?: Int64Input;
  /** 当前页码，默认1 */
  page_index?: Int64Input;
}

/** `ApiResult` of `alibaba.wdk.bill.list`. */
export interface AlibabaWdkBillListApiResult {
  /** 响应错误码 */
  err_code?: string;
  /** 响应错误信息 */
  err_msg?: string;
  /** 响应成功失败 */
  success?: boolean;
  /** 响应返回值 */
  model?: AlibabaWdkBillListTxdBillListGetResult;
}

/** `TxdBillListGetResult` of `alibaba.wdk.bill.list`. */
export interface AlibabaWdkBillListTxdBillListGetResult {
  /** 返回值对象列表 */
  txd_bill_detail_b_o_s?: AlibabaWdkBillListTxdBillDetailBo[];
  /** 结果总调条数 */
  total?: Int64;
}

/** `TxdBillDetailBo` of `alibaba.wdk.bill.list`. */
export interface AlibabaWdkBillListTxdBillDetailBo {
  /** 平台补贴 */
  platform_subsidy_fee?: string;
  /** 配送费 */
  distribution_fee?: string;
  /** 手续费 */
  handle_fee?: string;
  /** 技术服务费 */
  technical_service_fee?: string;
  /** 运费 */
  transport_fee?: string;
  /** 计费基数（不含运费）,实付金额-运费 */
  charge_base?: string;
  /** 实付金额（支付宝收款金额，即货款） */
  pay_amount?: string;
  /** 交易渠道(APP/POS) */
  trade_channel?: string;
  /** 订单号,正向展示主单号，逆向展示退款单号 */
  biz_order_id?: string;
  /** 单据类型（正/逆向） */
  order_type?: string;
  /** 经营店名称 */
  shop_name?: string;
  /** 经营店编码 */
  shop_code?: string;
  /** 财务组织名称 */
  settle_company_name?: string;
  /** 财务组织编码 */
  settle_company_code?: string;
  /** 商家名称 */
  merchant_name?: string;
  /** 商家编码 */
  merchant_code?: string;
  /** 业务日期,记录实际业务发生时间 */
  biz_date?: string;
  /** 账单日期, 账单出具日，按自然日 */
  bill_date?: string;
  /** 账单编号 */
  bill_no?: string;
  /** 商家补贴 */
  merchant_subsidy_fee?: string;
  /** 品牌商补贴 */
  brand_subsidy_fee?: string;
  /** 商家应收金额 */
  receivable_amount?: string;
  /** 原正向单号 */
  p_trade_id?: string;
  /** 平台红包补贴 */
  platform_voucher_subsidy_fee?: string;
  /** 商家承担红包补贴费用 */
  merchant_voucher_subsidy_fee?: string;
  /** 商家配送费补贴 */
  merchant_send_subsidy_fee?: string;
  /** 渠道配送费补贴 */
  plat_send_subsidy_fee?: string;
  /** 结算公司名称 */
  src_settle_company_name?: string;
  /** 申诉赔付金 */
  dispute_fee?: string;
}

const REQUEST_SCHEMA = {
  txd_bill_list_get_request: {
    end_bill_date: 'Date',
    start_bill_date: 'Date',
    shop_code: 'String',
    page_size: 'Number',
    page_index: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  api_result: {
    err_code: 'String',
    err_msg: 'String',
    success: 'Boolean',
    model: {
      txd_bill_detail_b_o_s: [
        {
          platform_subsidy_fee: 'String',
          distribution_fee: 'String',
          handle_fee: 'String',
          technical_service_fee: 'String',
          transport_fee: 'String',
          charge_base: 'String',
          pay_amount: 'String',
          trade_channel: 'String',
          biz_order_id: 'String',
          order_type: 'String',
          shop_name: 'String',
          shop_code: 'String',
          settle_company_name: 'String',
          settle_company_code: 'String',
          merchant_name: 'String',
          merchant_code: 'String',
          biz_date: 'Date',
          bill_date: 'Date',
          bill_no: 'String',
          merchant_subsidy_fee: 'String',
          brand_subsidy_fee: 'String',
          receivable_amount: 'String',
          p_trade_id: 'String',
          platform_voucher_subsidy_fee: 'Price',
          merchant_voucher_subsidy_fee: 'Price',
          merchant_send_subsidy_fee: 'Price',
          plat_send_subsidy_fee: 'Price',
          src_settle_company_name: 'String',
          dispute_fee: 'Price',
        },
      ],
      total: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.bill.list`: method, response root, request and response schemas. */
export const alibabaWdkBillListOperation = {
  method: 'alibaba.wdk.bill.list',
  responseRoot: 'alibaba_wdk_bill_list_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口账单拉取接口 — calls TOP method `alibaba.wdk.bill.list`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkBillList(
  client: TopClient,
  request: AlibabaWdkBillListRequest,
  options?: CallOptions,
): Promise<AlibabaWdkBillListResponse> {
  return client.call<AlibabaWdkBillListResponse>(
    {
      method: 'alibaba.wdk.bill.list',
      responseRoot: 'alibaba_wdk_bill_list_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
