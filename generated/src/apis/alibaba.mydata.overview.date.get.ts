// Generated from specs/mydata/alibaba.mydata.overview.date.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.mydata.overview.date.get` (我的效果-获取数据周期). */
export interface AlibabaMydataOverviewDateGetRequest {}

/** Response of `alibaba.mydata.overview.date.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaMydataOverviewDateGetResponse {
  /** 我的效果可选数据周期列表 */
  result_list?: AlibabaMydataOverviewDateGetDateRange[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DateRange` of `alibaba.mydata.overview.date.get`. */
export interface AlibabaMydataOverviewDateGetDateRange {
  /** 数据周期结束日期（含） */
  end_date?: string;
  /** 数据周期开始日期（含） */
  start_date?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      end_date: 'String',
      start_date: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.mydata.overview.date.get`: method, response root, request and response schemas. */
export const alibabaMydataOverviewDateGetOperation = {
  method: 'alibaba.mydata.overview.date.get',
  responseRoot: 'alibaba_mydata_overview_date_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 我的效果-获取数据周期 — calls TOP method `alibaba.mydata.overview.date.get`.
 *
 * 获取数据管家我的效果API可以使用的数据周期
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaMydataOverviewDateGet(
  client: TopClient,
  request: AlibabaMydataOverviewDateGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaMydataOverviewDateGetResponse> {
  return client.call<AlibabaMydataOverviewDateGetResponse>(
    {
      method: 'alibaba.mydata.overview.date.get',
      responseRoot: 'alibaba_mydata_overview_date_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
