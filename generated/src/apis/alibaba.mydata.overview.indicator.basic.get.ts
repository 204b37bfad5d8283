// Generated from specs/mydata/alibaba.mydata.overview.indicator.basic.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mydata.overview.indicator.basic.get` (我的效果-获取公司询盘流量行业表现). */
export interface AlibabaMydataOverviewIndicatorBasicGetRequest {
  /** 要查询的数据周期 */
  date_range: AlibabaMydataOverviewIndicatorBasicGetDateRangeInput;
  /** 要查询的行业信息 */
  industry: AlibabaMydataOverviewIndicatorBasicGetIndustryInput;
}

/** Response of `alibaba.mydata.overview.indicator.basic.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMydataOverviewIndicatorBasicGetResponse {
  /** 公司询盘流量指标 */
  result?: AlibabaMydataOverviewIndicatorBasicGetCompanyIndicators;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DateRange` of `alibaba.mydata.overview.indicator.basic.get`. */
export interface AlibabaMydataOverviewIndicatorBasicGetDateRangeInput {
  /** 数据周期结束时间（含） */
  end_date: string;
  /** 数据周期开始时间（含） */
  start_date: string;
}

/** `Industry` of `alibaba.mydata.overview.indicator.basic.get`. */
export interface AlibabaMydataOverviewIndicatorBasicGetIndustryInput {
  /** 行业描述 */
  industry_desc?: string;
  /** 行业ID */
  industry_id: Int64Input;
  /** 是否主营行业 */
  main_category: boolean;
}

/** `CompanyIndicators` of `alibaba.mydata.overview.indicator.basic.get`. */
export interface AlibabaMydataOverviewIndicatorBasicGetCompanyIndicators {
  /** 点击 */
  clk?: Int64;
  /** 点击率 */
  clk_rate?: string;
  /** 反馈（询盘） */
  fb?: Int64;
  /** 曝光 */
  imps?: Int64;
  /** 最近30天询盘一次回复率 */
  reply?: string;
  /** 访客 */
  visitor?: Int64;
}

const REQUEST_SCHEMA = {
  date_range: {
    end_date: 'String',
    start_date: 'String',
  },
  industry: {
    industry_desc: 'String',
    industry_id: 'Number',
    main_category: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    clk: 'Number',
    clk_rate: 'String',
    fb: 'Number',
    imps: 'Number',
    reply: 'String',
    visitor: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mydata.overview.indicator.basic.get`: method, response root, request and response schemas. */
export const alibabaMydataOverviewIndicatorBasicGetOperation = {
  method: 'alibaba.mydata.overview.indicator.basic.get',
  responseRoot: 'alibaba_mydata_overview_indicator_basic_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 我的效果-获取公司询盘流量行业表现 — calls TOP method `alibaba.mydata.overview.indicator.basic.get`.
 *
 * 获取公司询盘流量行业表现
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMydataOverviewIndicatorBasicGet(
  client: TopClient,
  request: AlibabaMydataOverviewIndicatorBasicGetRequest,
  options?: CallOptions,
): Promise<AlibabaMydataOverviewIndicatorBasicGetResponse> {
  return client.call<AlibabaMydataOverviewIndicatorBasicGetResponse>(
    {
      method: 'alibaba.mydata.overview.indicator.basic.get',
      responseRoot: 'alibaba_mydata_overview_indicator_basic_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
