// Generated from specs/mydata/alibaba.mydata.overview.industry.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mydata.overview.industry.get` (我的效果-获取Top行业列表). */
export interface AlibabaMydataOverviewIndustryGetRequest {
  /** 系统自动生成 */
  date_range?: AlibabaMydataOverviewIndustryGetDateRangeInput;
}

/** Response of `alibaba.mydata.overview.industry.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMydataOverviewIndustryGetResponse {
  /** 供应商Top行业列表 */
  result_list?: AlibabaMydataOverviewIndustryGetIndustry[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DateRange` of `alibaba.mydata.overview.industry.get`. */
export interface AlibabaMydataOverviewIndustryGetDateRangeInput {
  /** 数据周期结束时间（含） */
  end_date: string;
  /** 数据周期开始时间（含） */
  start_date: string;
}

/** `Industry` of `alibaba.mydata.overview.industry.get`. */
export interface AlibabaMydataOverviewIndustryGetIndustry {
  /** 行业描述 */
  industry_desc?: string;
  /** 行业ID */
  industry_id?: Int64;
  /** 是否主营行业 */
  main_category?: boolean;
}

const REQUEST_SCHEMA = {
  date_range: {
    end_date: 'String',
    start_date: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      industry_desc: 'String',
      industry_id: 'Number',
      main_category: 'Boolean',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mydata.overview.industry.get`: method, response root, request and response schemas. */
export const alibabaMydataOverviewIndustryGetOperation = {
  method: 'alibaba.mydata.overview.industry.get',
  responseRoot: 'alibaba_mydata_overview_industry_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 我的效果-获取Top行业列表 — calls TOP method `alibaba.mydata.overview.industry.get`.
 *
 * 获取数据管家我的效果API可以使用的行业
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMydataOverviewIndustryGet(
  client: TopClient,
  request: AlibabaMydataOverviewIndustryGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaMydataOverviewIndustryGetResponse> {
  return client.call<AlibabaMydataOverviewIndustryGetResponse>(
    {
      method: 'alibaba.mydata.overview.industry.get',
      responseRoot: 'alibaba_mydata_overview_industry_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
