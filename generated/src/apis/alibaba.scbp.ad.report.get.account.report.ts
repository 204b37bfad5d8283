// Generated from specs/scbp/alibaba.scbp.ad.report.get.account.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.report.get.account.report` (账户报告). */
export interface AlibabaScbpAdReportGetAccountReportRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdReportGetAccountReportTopContextDtoInput;
  /** 请求参数 */
  account_report_operation: AlibabaScbpAdReportGetAccountReportAccountReportOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.report.get.account.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdReportGetAccountReportResponse {
  /** 返回参数 */
  result?: AlibabaScbpAdReportGetAccountReportAccountReportDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.report.get.account.report`. */
export interface AlibabaScbpAdReportGetAccountReportTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `AccountReportOperationDto` of `alibaba.scbp.ad.report.get.account.report`. */
export interface AlibabaScbpAdReportGetAccountReportAccountReportOperationDtoInput {
  /** 开始时间(yyyy-MM-dd) */
  date_begin?: string;
  /** 结束时间(yyyy-MM-dd) */
  date_end?: string;
  /** 时间段 */
  date_range?: Int64Input;
  /** campaignType */
  campaign_type?: Int64Input;
  /** campaignId */
  campaign_id?: Int64Input;
}

/** `AccountReportDto` of `alibaba.scbp.ad.report.get.account.report`. */
export interface AlibabaScbpAdReportGetAccountReportAccountReportDto {
  /** 返回数据集合 */
  account_effect_list?: AlibabaScbpAdReportGetAccountReportAccountEffectDto[];
}

/** `AccountEffectDto` of `alibaba.scbp.ad.report.get.account.report`. */
export interface AlibabaScbpAdReportGetAccountReportAccountEffectDto {
  /** 日期(yyyy-MM-dd) */
  stat_date?: string;
  /** 曝光 */
  impr?: string;
  /** 点击 */
  click?: string;
  /** 消耗 */
  cost?: string;
  /** 推广时长 */
  online_min?: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  account_report_operation: {
    date_begin: 'String',
    date_end: 'String',
    date_range: 'Number',
    campaign_type: 'Number',
    campaign_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    account_effect_list: [
      {
        stat_date: 'String',
        impr: 'String',
        click: 'String',
        cost: 'String',
        online_min: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.report.get.account.report`: method, response root, request and response schemas. */
export const alibabaScbpAdReportGetAccountReportOperation = {
  method: 'alibaba.scbp.ad.report.get.account.report',
  responseRoot: 'alibaba_scbp_ad_report_get_account_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 账户报告 — calls TOP method `alibaba.scbp.ad.report.get.account.report`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdReportGetAccountReport(
  client: TopClient,
  request: AlibabaScbpAdReportGetAccountReportRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdReportGetAccountReportResponse> {
  return client.call<AlibabaScbpAdReportGetAccountReportResponse>(
    {
      method: 'alibaba.scbp.ad.report.get.account.report',
      responseRoot: 'alibaba_scbp_ad_report_get_account_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
