// Generated from specs/scbp/alibaba.scbp.ad.keyword.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.get` (外贸直通车查询关键词). */
export interface AlibabaScbpAdKeywordGetRequest {
  /** KeywordQuery */
  query_dto?: AlibabaScbpAdKeywordGetKeywordQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordGetResponse {
  /** 查询关键词列表 */
  keyword_list?: AlibabaScbpAdKeywordGetKeywordResultDto[];
  /** 总个数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `KeywordQuery` of `alibaba.scbp.ad.keyword.get`. */
export interface AlibabaScbpAdKeywordGetKeywordQueryInput {
  /** 指定查询开始的具体日期，最多往前推4周 */
  from_date?: string;
  /** 按最近1天，7天，30天查询 */
  inteval?: Int64Input;
  /** 是否精确查询 */
  is_exact?: string;
  /** 按关键词查询 */
  keyword?: string;
  /** 每页个数 */
  per_page_size?: Int64Input;
  /** 按星级查询,可取0,1,2,3,4,5 */
  qs_star?: string;
  /** 按关键词状态查询，只能取值stopped和in_promotion */
  status?: string;
  /** 按关键词分组名称查询 */
  tag_name?: string;
  /** 指定第几页 */
  to_page?: Int64Input;
}

/** `KeywordResultDto` of `alibaba.scbp.ad.keyword.get`. */
export interface AlibabaScbpAdKeywordGetKeywordResultDto {
  /** 底价，单位元，保留一位小数, 例如3.5表示3.5元 */
  base_price?: string;
  /** 购买竞争度[1-6] */
  buy_count?: string;
  /** 点击量 */
  click_cnt?: string;
  /** 平均点击花费，单位元，保留两位小数, 例如3.75表示3.75元 */
  click_cost_avg?: string;
  /** 花费，单位元，保留两位小数, 例如3.75表示3.75元 */
  cost?: string;
  /** 点击率，百分比，保留两位小数，例如3.75表示3.75% */
  ctr?: string;
  /** 曝光量 */
  impression_cnt?: string;
  /** 和关键词有匹配且处于推广中的产品的个数 */
  match_count?: Int64;
  /** 推广时长，单位小时，保留一位小数，例如13.5表示13.5小时，小于1小时返回<1 */
  online_time?: string;
  /** 出价，单位元，保留一位小数, 例如3.5表示3.5元 */
  price?: string;
  /** 推广评分星级[0-5] */
  qs_star?: Int64;
  /** 搜索热度[1-6] */
  search_count?: string;
  /** 关键词推广状态,取值stopped和in_promotion */
  status?: string;
  /** 关键词所属分组名称列表 */
  tag_list?: string[];
  /** 关键词 */
  word?: string;
  /** 关键词id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  query_dto: {
    from_date: 'String',
    inteval: 'Number',
    is_exact: 'String',
    keyword: 'String',
    per_page_size: 'Number',
    qs_star: 'String',
    status: 'String',
    tag_name: 'String',
    to_page: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keyword_list: [
    {
      base_price: 'String',
      buy_count: 'String',
      click_cnt: 'String',
      click_cost_avg: 'String',
      cost: 'String',
      ctr: 'String',
      impression_cnt: 'String',
      match_count: 'Number',
      online_time: 'String',
      price: 'String',
      qs_star: 'Number',
      search_count: 'String',
      status: 'String',
      tag_list: ['String'],
      word: 'String',
      id: 'Number',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.get`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordGetOperation = {
  method: 'alibaba.scbp.ad.keyword.get',
  responseRoot: 'alibaba_scbp_ad_keyword_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 外贸直通车查询关键词 — calls TOP method `alibaba.scbp.ad.keyword.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordGet(
  client: TopClient,
  request: AlibabaScbpAdKeywordGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordGetResponse> {
  return client.call<AlibabaScbpAdKeywordGetResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.get',
      responseRoot: 'alibaba_scbp_ad_keyword_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
