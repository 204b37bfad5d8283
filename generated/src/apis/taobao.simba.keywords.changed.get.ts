// Generated from specs/simba/taobao.simba.keywords.changed.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.changed.get` (分页获取修改过的关键词ID、宝贝id、修改时间). */
export interface TaobaoSimbaKeywordsChangedGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 得到此时间点之后的数据，不能大于一个月 */
  start_time: DateInput;
  /** 返回的每页数据量大小,默认200最大1000 */
  page_size?: Int64Input;
  /** 返回的第几页数据，默认为1 */
  page_no?: Int64Input;
}

/** Response of `taobao.simba.keywords.changed.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsChangedGetResponse {
  /** 关键词分页对象 */
  keywords?: TaobaoSimbaKeywordsChangedGetKeywordPage;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KeywordPage` of `taobao.simba.keywords.changed.get`. */
export interface TaobaoSimbaKeywordsChangedGetKeywordPage {
  /** 每页数据大小 */
  page_size?: Int64;
  /** 返回第几页的数据从1开始 */
  page_no?: Int64;
  /** 所查询的数据总数，只有当返回第一页数据时有值，当要求返回的数据非第一页时，此返回值无效 */
  total_item?: Int64;
  /** 关键词列表 */
  keyword_list?: TaobaoSimbaKeywordsChangedGetKeyword[];
}

/** `Keyword` of `taobao.simba.keywords.changed.get`. */
export interface TaobaoSimbaKeywordsChangedGetKeyword {
  /** 主人昵称 */
  nick?: string;
  /** 关键词id */
  keyword_id?: Int64;
  /** 最后修改时间 */
  modified_time?: string;
  /** 推广组id */
  adgroup_id?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  start_time: 'Date',
  page_size: 'Number',
  page_no: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keywords: {
    page_size: 'Number',
    page_no: 'Number',
    total_item: 'Number',
    keyword_list: [
      {
        nick: 'String',
        keyword_id: 'Number',
        modified_time: 'Date',
        adgroup_id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywords.changed.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsChangedGetOperation = {
  method: 'taobao.simba.keywords.changed.get',
  responseRoot: 'simba_keywords_changed_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页获取修改过的关键词ID、宝贝id、修改时间 — calls TOP method `taobao.simba.keywords.changed.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsChangedGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsChangedGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsChangedGetResponse> {
  return client.call<TaobaoSimbaKeywordsChangedGetResponse>(
    {
      method: 'taobao.simba.keywords.changed.get',
      responseRoot: 'simba_keywords_changed_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
