// Generated from specs/scbp/alibaba.scbp.ad.report.query.keyword.effect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.report.query.keyword.effect` (关键词报告). */
export interface AlibabaScbpAdReportQueryKeywordEffectRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdReportQueryKeywordEffectTopContextDtoInput;
  /** 请求参数 */
  keyword_report_operation: AlibabaScbpAdReportQueryKeywordEffectKeywordReportOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.report.query.keyword.effect`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdReportQueryKeywordEffectResponse {
  /** 返回数据 */
  result?: AlibabaScbpAdReportQueryKeywordEffectKeywordReportDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.report.query.keyword.effect`. */
export interface AlibabaScbpAdReportQueryKeywordEffectTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `KeywordReportOperationDto` of `alibaba.scbp.ad.report.query.keyword.effect`. */
export interface AlibabaScbpAdReportQueryKeywordEffectKeywordReportOperationDtoInput {
  /** 效果报告模糊搜索关键词 */
  keyword?: string;
  /** 精确搜索关键词 */
  keyword_list?: string[];
  /** 获取明细数据（"true"/"false"）,如果为"true"则为明细数据 */
  get_detail_data?: string;
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
  /** 分页数量 */
  page_size: Int64Input;
  /** 页码 */
  page_index: Int64Input;
}

/** `KeywordReportDto` of `alibaba.scbp.ad.report.query.keyword.effect`. */
export interface AlibabaScbpAdReportQueryKeywordEffectKeywordReportDto {
  /** 总数目 */
  total_count?: Int64;
  /** 返回数据详情 */
  keyword_effect_list?: AlibabaScbpAdReportQueryKeywordEffectKeywordEffectDto[];
}

/** `KeywordEffectDto` of `alibaba.scbp.ad.report.query.keyword.effect`. */
export interface AlibabaScbpAdReportQueryKeywordEffectKeywordEffectDto {
  /** 关键词 */
  keyword?: string;
  /** 日期(yyyy-MM-dd) */
  stat_date?: string;
  /** 曝光 */
  impr?: Int64;
  /** 点击 */
  click?: Int64;
  /** 消耗 */
  cost?: Int64;
  /** 推广时长 */
  online_min?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  keyword_report_operation: {
    keyword: 'String',
    keyword_list: ['String'],
    get_detail_data: 'String',
    date_begin: 'String',
    date_end: 'String',
    date_range: 'Number',
    campaign_type: 'Number',
    campaign_id: 'Number',
    order_field: 'String',
    order_type: 'String',
    page_size: 'Number',
    page_index: 'Number',
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
        click: 'Number',
        cost: 'Number',
        online_min: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.report.query.keyword.effect`: method, response root, request and response schemas. */
export const alibabaScbpAdReportQueryKeywordEffectOperation = {
  method: 'alibaba.scbp.ad.report.query.keyword.effect',
  responseRoot: 'alibaba_scbp_ad_report_query_keyword_effect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 关键词报告 — calls TOP method `alibaba.scbp.ad.report.query.keyword.effect`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdReportQueryKeywordEffect(
  client: TopClient,
  request: AlibabaScbpAdReportQueryKeywordEffectRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdReportQueryKeywordEffectResponse> {
  return client.call<AlibabaScbpAdReportQueryKeywordEffectResponse>(
    {
      method: 'alibaba.scbp.ad.report.query.keyword.effect',
      responseRoot: 'alibaba_scbp_ad_report_query_keyword_effect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
