// Generated from specs/simba/taobao.simba.insight.catsinfo.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.insight.catsinfo.get` (类目信息获取). */
export interface TaobaoSimbaInsightCatsinfoGetRequest {
  /** 表示请求的类型：0表示请求所有顶级类目的信息，这时可以忽略第二个参数，1表示获取给定的类目id的详细信息，2表示获取给定类目id的所有子类目的详细信息 */
  type: Int64Input;
  /**
   * 需要查询的类目id
   *
   * Max list size: 20
   */
  category_id_list?: string[];
}

/** Response of `taobao.simba.insight.catsinfo.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaInsightCatsinfoGetResponse {
  /** 类目详细信息 */
  category_info_list?: TaobaoSimbaInsightCatsinfoGetInsightCategoryInfoDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `InsightCategoryInfoDTO` of `taobao.simba.insight.catsinfo.get`. */
export interface TaobaoSimbaInsightCatsinfoGetInsightCategoryInfoDTO {
  /** 类目Id */
  cat_id?: Int64;
  /** 表示类目的所有父级类目的名称，不同层级之间用 （ascii码为2的字符）分隔开 */
  cat_path_name?: string;
  /** 表示该类目的所有父级类目，按层级顺序排列，层级越高的在前面，不同的层级之间用空格分隔 */
  cat_path_id?: string;
  /** 父类目Id */
  parent_cat_id?: Int64;
  /** 表示类目信息上次同步的时间 */
  last_sync_time?: string;
  /** 类目的级别 */
  cat_level?: Int64;
  /** 类目名称 */
  cat_name?: string;
}

const REQUEST_SCHEMA = {
  type: 'Number',
  category_id_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  category_info_list: [
    {
      cat_id: 'Number',
      cat_path_name: 'String',
      cat_path_id: 'String',
      parent_cat_id: 'Number',
      last_sync_time: 'Date',
      cat_level: 'Number',
      cat_name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.insight.catsinfo.get`: method, response root, request and response schemas. */
export const taobaoSimbaInsightCatsinfoGetOperation = {
  method: 'taobao.simba.insight.catsinfo.get',
  responseRoot: 'simba_insight_catsinfo_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 类目信息获取 — calls TOP method `taobao.simba.insight.catsinfo.get`.
 *
 * 获取类目信息，此接口既提供所有顶级类目的查询，又提供给定类目id自身信息和子类目信息的查询，所以可以根据此接口逐层获取所有的类目信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaInsightCatsinfoGet(
  client: TopClient,
  request: TaobaoSimbaInsightCatsinfoGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaInsightCatsinfoGetResponse> {
  return client.call<TaobaoSimbaInsightCatsinfoGetResponse>(
    {
      method: 'taobao.simba.insight.catsinfo.get',
      responseRoot: 'simba_insight_catsinfo_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
