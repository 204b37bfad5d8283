// Generated from specs/scbp/alibaba.scbp.effect.keyword.single.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.effect.keyword.single.get` (单个关键词效果报表). */
export interface AlibabaScbpEffectKeywordSingleGetRequest {
  /** IKeywordQuery */
  p4p_keyword_report_query?: AlibabaScbpEffectKeywordSingleGetIKeywordQueryInput;
}

/** Response of `alibaba.scbp.effect.keyword.single.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpEffectKeywordSingleGetResponse {
  /** 单个关键词报表 */
  keyword_effect_list?: AlibabaScbpEffectKeywordSingleGetSingleAdKeywordEffectDto[];
  /** 总个数 */
  total_num?: Int64;
  /** 总页数 */
  total_page?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `IKeywordQuery` of `alibaba.scbp.effect.keyword.single.get`. */
export interface AlibabaScbpEffectKeywordSingleGetIKeywordQueryInput {
  /** 每页行数 */
  per_page_size?: Int64Input;
  /** 第几页 */
  to_page?: Int64Input;
  /** 结束时间 当inteval=7或者30的时候不需要填写 */
  end_date?: string;
  /** 区间 只能为1 7 30 */
  inteval?: Int64Input;
  /** 关键词 */
  keyword: string;
  /** 开始时间 当inteval=7或者30的时候不需要填写 */
  begin_date?: string;
}

/** `SingleAdKeywordEffectDto` of `alibaba.scbp.effect.keyword.single.get`. */
export interface AlibabaScbpEffectKeywordSingleGetSingleAdKeywordEffectDto {
  /** 关键词 */
  keyword?: string;
  /** 曝光 */
  impression_cnt?: string;
  /** 日期 */
  stat_date?: string;
  /** 平均点击花费 */
  click_cost_avg?: string;
  /** 推广时长 单元小时 一位小数 */
  online_time?: string;
  /** 点击量 */
  click_cnt?: string;
  /** 单位元，保留两位小数 */
  cost?: string;
  /** 百分比，保留两位小数，例如3.75表示3.75% */
  ctr?: string;
}

const REQUEST_SCHEMA = {
  p4p_keyword_report_query: {
    per_page_size: 'Number',
    to_page: 'Number',
    end_date: 'String',
    inteval: 'Number',
    keyword: 'String',
    begin_date: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keyword_effect_list: [
    {
      keyword: 'String',
      impression_cnt: 'String',
      stat_date: 'String',
      click_cost_avg: 'String',
      online_time: 'String',
      click_cnt: 'String',
      cost: 'String',
      ctr: 'String',
    },
  ],
  total_num: 'Number',
  total_page: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.effect.keyword.single.get`: method, response root, request and response schemas. */
export const alibabaScbpEffectKeywordSingleGetOperation = {
  method: 'alibaba.scbp.effect.keyword.single.get',
  responseRoot: 'alibaba_scbp_effect_keyword_single_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个关键词效果报表 — calls TOP method `alibaba.scbp.effect.keyword.single.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpEffectKeywordSingleGet(
  client: TopClient,
  request: AlibabaScbpEffectKeywordSingleGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaScbpEffectKeywordSingleGetResponse> {
  return client.call<AlibabaScbpEffectKeywordSingleGetResponse>(
    {
      method: 'alibaba.scbp.effect.keyword.single.get',
      responseRoot: 'alibaba_scbp_effect_keyword_single_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
