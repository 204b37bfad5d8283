// Generated from specs/fundplatform/alibaba.fundplatform.account.jour.query.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.fundplatform.account.jour.query.info` (查询账户流水信息). */
export interface AlibabaFundplatformAccountJourQueryInfoRequest {
  /** 入参对象 */
  param_fund_account_journal_query_req?: AlibabaFundplatformAccountJourQueryInfoFundAccountJournalQueryReqInput;
}

/** Response of `alibaba.fundplatform.account.jour.query.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaFundplatformAccountJourQueryInfoResponse {
  /** result */
  result?: AlibabaFundplatformAccountJourQueryInfoResultSupport;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FundAccountJournalQueryReq` of `alibaba.fundplatform.account.jour.query.info`. */
export interface AlibabaFundplatformAccountJourQueryInfoFundAccountJournalQueryReqInput {
  /** 账户ID */
  account_id: Int64Input;
  /** 流水创建开始时间，前闭后开 */
  create_begin_time?: DateInput;
  /** 流水创建结束时间，前闭后开 */
  create_end_time?: DateInput;
  /** 当前页，从1开始 */
  current_page_no: Int64Input;
  /** 查询流水类型枚举，为空代表所有类型FUND_ACCOUNT_IN 充值 FUND_ACCOUNT_OUT 提现 FUND_ACCOUNT_DEDUCT 扣款 FUND_ACCOUNT_FREEZE 冻结 FUND_ACCOUNT_UNFREEZE 解冻 */
  journal_types?: string[];
  /** 页大小，[1,1000] */
  page_size: Int64Input;
}

/** `ResultSupport` of `alibaba.fundplatform.account.jour.query.info`. */
export interface AlibabaFundplatformAccountJourQueryInfoResultSupport {
  /** 错误码 */
  error_code?: string;
  /** 错误消息 */
  error_message?: string;
  /** module */
  module?: AlibabaFundplatformAccountJourQueryInfoFundAccountJournalResponse;
  /** 请求是否成功 */
  success?: boolean;
}

/** `FundAccountJournalResponse` of `alibaba.fundplatform.account.jour.query.info`. */
export interface AlibabaFundplatformAccountJourQueryInfoFundAccountJournalResponse {
  /** 流水列表 */
  journal_list?: AlibabaFundplatformAccountJourQueryInfoFundAccountJournalDto[];
}

/** `FundAccountJournalDto` of `alibaba.fundplatform.account.jour.query.info`. */
export interface AlibabaFundplatformAccountJourQueryInfoFundAccountJournalDto {
  /** 账户ID */
  account_id?: Int64;
  /** 操作金额 */
  deal_amount?: Int64;
  /** 描述 */
  description?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 最后修改时间 */
  gmt_modified?: string;
  /** 流水类型：FUND_ACCOUNT_IN 充值 FUND_ACCOUNT_OUT 提现 FUND_ACCOUNT_DEDUCT 扣款 FUND_ACCOUNT_FREEZE 冻结 FUND_ACCOUNT_UNFREEZE 解冻 */
  journal_type?: string;
  /** 外部订单号 */
  out_biz_id?: string;
  /** 用户ID */
  user_id?: Int64;
}

const REQUEST_SCHEMA = {
  param_fund_account_journal_query_req: {
    account_id: 'Number',
    create_begin_time: 'Date',
    create_end_time: 'Date',
    current_page_no: 'Number',
    journal_types: ['String'],
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'String',
    error_message: 'String',
    module: {
      journal_list: [
        {
          account_id: 'Number',
          deal_amount: 'Number',
          description: 'String',
          gmt_create: 'Date',
          gmt_modified: 'Date',
          journal_type: 'String',
          out_biz_id: 'String',
          user_id: 'Number',
        },
      ],
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.fundplatform.account.jour.query.info`: method, response root, request and response schemas. */
export const alibabaFundplatformAccountJourQueryInfoOperation = {
  method: 'alibaba.fundplatform.account.jour.query.info',
  responseRoot: 'alibaba_fundplatform_account_jour_query_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询账户流水信息 — calls TOP method `alibaba.fundplatform.account.jour.query.info`.
 *
 * 外部查询账户流水信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaFundplatformAccountJourQueryInfo(
  client: TopClient,
  request: AlibabaFundplatformAccountJourQueryInfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaFundplatformAccountJourQueryInfoResponse> {
  return client.call<AlibabaFundplatformAccountJourQueryInfoResponse>(
    {
      method: 'alibaba.fundplatform.account.jour.query.info',
      responseRoot: 'alibaba_fundplatform_account_jour_query_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
