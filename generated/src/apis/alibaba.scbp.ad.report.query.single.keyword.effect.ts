// Generated from specs/scbp/alibaba.scbp.ad.report.query.single.keyword.effect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.report.query.single.keyword.effect` (单个关键词报告). */
export interface AlibabaScbpAdReportQuerySingleKeywordEffectRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdReportQuerySingleKeywordEffectTopContextDtoInput;
  /** 返回详情 */
  keyword_report_operation: AlibabaScbpAdReportQuerySingleKeywordEffectKeywordReportOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.report.query.single.keyword.effect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdReportQuerySingleKeywordEffectResponse {
  /** 返回参数 */
  result?: AlibabaScbpAdReportQuerySingleKeywordEffectKeywordReportDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.report.query.single.keyword.effect`. */
export interface AlibabaScbpAdReportQuerySingleKeywordEffectTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `KeywordReportOperationDto` of `alibaba.scbp.ad.report.query.single.keyword.effect`. */
export interface AlibabaScbpAdReportQuerySingleKeywordEffectKeywordReportOperationDtoInput {
  /** 效果报告模糊搜索关键词 */
  keyword: string;
  /** 开始时间(yyyy-MM-dd) */
  date_begin?: string;
  /** 结束时间(yyyy-MM-dd) */
  date_end: string;
  /** 时间段 */
  date_range: Int64Input;
  /** 营销目标 */
  campaign_type?: Int64Input;
  /** 计划ID */
  campaign_id?: Int64Input;
  /** 排序字段(impr/click/ctr/cost/cpc) */
  order_field?: string;
  /** 排序方式(asc/desc) */
  order_type?: string;
  /** 页码 */
  page_index: Int64Input;
  /** 分页数量 */
  page_size: Int64Input;
}

/** `KeywordReportDto` of `alibaba.scbp.ad.report.query.single.keyword.effect`. */
export interface AlibabaScbpAdReportQuerySingleKeywordEffectKeywordReportDto {
  /** 总数 */
  total_count?: Int64;
  /** 返回详情集合 */
  keyword_effect_list?: AlibabaScbpAdReportQuerySingleKeywordEffectKeywordEffectDto[];
}

/** `KeywordEffectDto` of `alibaba.scbp.ad.report.query.single.keyword.effect`. */
export interface AlibabaScbpAdReportQuerySingleKeywordEffectKeywordEffectDto {
  /** 关键词 */
  keyword?: string;
  /** 日期(yyyy-MM-dd) */
  stat_date?: string;
  /** 曝光 */
  impr?: Int64;
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
  keyword_report_operation: {
    keyword: 'String',
    date_begin: 'String',
    date_end: 'String',
    date_range: 'Number',
    campaign_type: 'Number',
    campaign_id: 'Number',
    order_field: 'String',
    order_type: 'String',
    page_index: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    total_count: 'Number',
    keyword_effect_list: [
      {
        keyword: 'String',
        stat_date: 'String',
        impr: 'Number',
        click: 'String',
        cost: 'String',
        online_min: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.report.query.single.keyword.effect`: method, response root, request and response schemas. */
export const alibabaScbpAdReportQuerySingleKeywordEffectOperation = {
  method: 'alibaba.scbp.ad.report.query.single.keyword.effect',
  responseRoot: 'alibaba_scbp_ad_report_query_single_keyword_effect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个关键词报告 — calls TOP method `alibaba.scbp.ad.report.query.single.keyword.effect`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdReportQuerySingleKeywordEffect(
  client: TopClient,
  request: AlibabaScbpAdReportQuerySingleKeywordEffectRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdReportQuerySingleKeywordEffectResponse> {
  return client.call<AlibabaScbpAdReportQuerySingleKeywordEffectResponse>(
    {
      method: 'alibaba.scbp.ad.report.query.single.keyword.effect',
      responseRoot: 'alibaba_scbp_ad_report_query_single_keyword_effect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
