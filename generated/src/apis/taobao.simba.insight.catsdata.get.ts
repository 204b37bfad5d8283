// Generated from specs/simba/taobao.simba.insight.catsdata.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.catsdata.get` (获取类目的大盘数据). */
export interface TaobaoSimbaInsightCatsdataGetRequest {
  /**
   * 表示要查询的类目id
   *
   * Max list size: 5
   */
  category_id_list: string[];
  /** 开始时间，格式：yyyy-MM-dd */
  start_date: string;
  /** 查询截止时间，格式：yyyy-MM-dd */
  end_date: string;
}

/** Response of `taobao.simba.insight.catsdata.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightCatsdataGetResponse {
  /** 类目详细数据列表 */
  cat_data_list?: TaobaoSimbaInsightCatsdataGetInsightCategoryDataDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightCategoryDataDTO` of `taobao.simba.insight.catsdata.get`. */
export interface TaobaoSimbaInsightCatsdataGetInsightCategoryDataDTO {
  /** 展现量 */
  impression?: Int64;
  /** 点击量 */
  click?: Int64;
  /** 类目名称 */
  cat_name?: string;
  /** 类目id */
  cat_id?: Int64;
  /** 点击率 */
  ctr?: string;
}

const REQUEST_SCHEMA = {
  category_id_list: ['String'],
  start_date: 'String',
  end_date: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cat_data_list: [
    {
      impression: 'Number',
      click: 'Number',
      cat_name: 'String',
      cat_id: 'Number',
      ctr: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.insight.catsdata.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightCatsdataGetOperation = {
  method: 'taobao.simba.insight.catsdata.get',
  responseRoot: 'simba_insight_catsdata_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取类目的大盘数据 — calls TOP method `taobao.simba.insight.catsdata.get`.
 *
 * 根据类目id获取类目的大盘数据，包括展现指数，点击指数，点击率，本次提供的insight相关的其它接口的都是这种情况。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightCatsdataGet(
  client: TopClient,
  request: TaobaoSimbaInsightCatsdataGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightCatsdataGetResponse> {
  return client.call<TaobaoSimbaInsightCatsdataGetResponse>(
    {
      method: 'taobao.simba.insight.catsdata.get',
      responseRoot: 'simba_insight_catsdata_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
