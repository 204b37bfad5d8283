// Generated from specs/txcs/tmall.txcs.finance.bill.check.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.txcs.finance.bill.check` (天猫超市外部商家财务账单对账). */
export interface TmallTxcsFinanceBillCheckRequest {
  /** 门店编码 */
  ou_code?: string;
  /** 查询参数 */
  statement_bill_fee_detail_query?: TmallTxcsFinanceBillCheckStatementBillFeeDetailQueryInput;
}

/** Response of `tmall.txcs.finance.bill.check`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTxcsFinanceBillCheckResponse {
  /** 请求结果 */
  result?: TmallTxcsFinanceBillCheckAccessBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `StatementBillFeeDetailQuery` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckStatementBillFeeDetailQueryInput {
  /** 结算公司编码 */
  settlement_company_code?: string;
  /** 账单编码 */
  statement_bill_code?: string;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 开始时间 */
  start_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
  /** 当前页码 */
  current_page?: Int64Input;
}

/** `AccessBaseResult` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckAccessBaseResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误信息 */
  error_message?: string;
  /** 错误编码 */
  error_code?: string;
  /** 具体内容 */
  model?: TmallTxcsFinanceBillCheckWebPageData;
}

/** `WebPageData` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckWebPageData {
  /** 页码信息 */
  pagination?: TmallTxcsFinanceBillCheckPagination;
  /** 结果数据 */
  list?: TmallTxcsFinanceBillCheckWebPageDataList[];
}

/** `Pagination` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckPagination {
  /** 总数 */
  total?: Int64;
  /** 单页个数 */
  page_size?: Int64;
  /** 当前页码 */
  current_page?: Int64;
}

/** `WebPageDataList` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckWebPageDataList {
  /** 对账单号 */
  statement_bill_code?: string;
  /** 店仓编码 */
  shop_code?: string;
  /** 商品数量 */
  item_quantity?: string;
  /** 来源单据描述 */
  source_type_desc?: string;
  /** 业务单据编码 */
  biz_bill_code?: string;
  /** 结算方式描述 */
  settle_way_desc?: string;
  /** 店仓名称 */
  shop_name?: string;
  /** 业务订单编号 */
  biz_order_code?: string;
  /** 扩展信息 */
  biz_ext_attr?: TmallTxcsFinanceBillCheckBizExtAttr;
  /** 叶子类目编码 */
  leaf_cat_id?: Int64;
  /** 合同版本号 */
  contract_version?: string;
  /** 业务时间 */
  biz_time?: Int64;
  /** 税率 */
  tax_rate?: string;
  /** 单位 */
  unit?: string;
  /** 来源单据类型 */
  source_type?: string;
  /** 费用编码 */
  fee_code?: string;
  /** 费用名称 */
  fee_name?: string;
  /** 未税金额 */
  untax_amount?: string;
  /** 币种 */
  currency?: TmallTxcsFinanceBillCheckCurrency;
  /** 结算金额 */
  settlement_amount?: string;
  /** 税额 */
  tax_amount?: string;
  /** 合同编码 */
  contract_code?: string;
  /** 结算方式描述 */
  settle_way?: Int64;
  /** 业务编码 */
  biz_code?: string;
}

/** `BizExtAttr` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckBizExtAttr {
  /** 汇总编码 */
  summary_id?: string;
  /** 账单创建时间 */
  bill_create_time?: string;
}

/** `Currency` of `tmall.txcs.finance.bill.check`. */
export interface TmallTxcsFinanceBillCheckCurrency {
  /** 符号 */
  symbol?: string;
  /** 显示中文 */
  display_name?: string;
  /** 默认位数 */
  default_fraction_digits?: Int64;
  /** 显示英文 */
  currency_code?: string;
  /** 货币编码 */
  numeric_code?: Int64;
}

const REQUEST_SCHEMA = {
  ou_code: 'String',
  statement_bill_fee_detail_query: {
    settlement_company_code: 'String',
    statement_bill_code: 'String',
    page_size: 'Number',
    start_time: 'Date',
    end_time: 'Date',
    current_page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_message: 'String',
    error_code: 'String',
    model: {
      pagination: {
        total: 'Number',
        page_size: 'Number',
        current_page: 'Number',
      },
      list: [
        {
          statement_bill_code: 'String',
          shop_code: 'String',
          item_quantity: 'String',
          source_type_desc: 'String',
          biz_bill_code: 'String',
          settle_way_desc: 'String',
          shop_name: 'String',
          biz_order_code: 'String',
          biz_ext_attr: {
            summary_id: 'String',
            bill_create_time: 'String',
          },
          leaf_cat_id: 'Number',
          contract_version: 'String',
          biz_time: 'Number',
          tax_rate: 'String',
          unit: 'String',
          source_type: 'String',
          fee_code: 'String',
          fee_name: 'String',
          untax_amount: 'String',
          currency: {
            symbol: 'String',
            display_name: 'String',
            default_fraction_digits: 'Number',
            currency_code: 'String',
            numeric_code: 'Number',
          },
          settlement_amount: 'String',
          tax_amount: 'String',
          contract_code: 'String',
          settle_way: 'Number',
          biz_code: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.txcs.finance.bill.check`: method, response root, request and response schemas. */
export const tmallTxcsFinanceBillCheckOperation = {
  method: 'tmall.txcs.finance.bill.check',
  responseRoot: 'tmall_txcs_finance_bill_check_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 天猫超市外部商家财务账单对账 — calls TOP method `tmall.txcs.finance.bill.check`.
 *
 * 提供天猫超市外部合作商家财务账单对账
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTxcsFinanceBillCheck(
  client: TopClient,
  request: TmallTxcsFinanceBillCheckRequest = {},
  options?: CallOptions,
): Promise<TmallTxcsFinanceBillCheckResponse> {
  return client.call<TmallTxcsFinanceBillCheckResponse>(
    {
      method: 'tmall.txcs.finance.bill.check',
      responseRoot: 'tmall_txcs_finance_bill_check_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
