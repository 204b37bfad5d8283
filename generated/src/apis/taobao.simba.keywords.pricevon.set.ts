// Generated from specs/simba/taobao.simba.keywords.pricevon.set.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.pricevon.set` (设置一批关键词的信息). */
export interface TaobaoSimbaKeywordsPricevonSetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 关键词ID，出价和匹配方式json字符串，keywordId:词ID，整数。maxPrice：价格，是整数，以“分”为单位，不能小于5，不能大于日限额,也不能大于99.99元,当使用默认出价时必须将这个值设置为0。; isDefaultPrice：是否使用默认出价，只能是0。matchscope只能是1,4（1代表精确匹配，4代表广泛匹配），maxMobilePrice：代表无线出价（如果是0，则代表无线出价=PC*无线溢价），mobileIsDefaultPrice代表无线出价是否采用pc*无线溢价，只能传0 */
  keywordid_prices: string;
}

/** Response of `taobao.simba.keywords.pricevon.set`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsPricevonSetResponse {
  /** 成功设置关键词价格的关键词列表 */
  keywords?: TaobaoSimbaKeywordsPricevonSetKeyword[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Keyword` of `taobao.simba.keywords.pricevon.set`. */
export interface TaobaoSimbaKeywordsPricevonSetKeyword {
  /** 匹配模式： 1 精确匹配，4 广泛匹配 */
  match_scope?: string;
  /** 主人昵称 */
  nick?: string;
  /** 推广计划id */
  campaign_id?: Int64;
  /** 推广组id */
  adgroup_id?: Int64;
  /** 关键词id */
  keyword_id?: Int64;
  /** 关键词 */
  word?: string;
  /** 关键词计算机出价出价，单位为分 */
  max_price?: Int64;
  /** 已经废弃，当前返回值永远是false */
  is_default_price?: boolean;
  /** 审核状态： audit_wait-待审核；audit_pass-审核通过(上线)；audit_reject-审核拒绝；audit_offline-审核直接下线；默认为 audit_pass。 */
  audit_status?: string;
  /** 审核拒绝原因描述 */
  audit_desc?: string;
  /** 是否是垃圾词，false-不是；true-是；垃圾词是近期无点击的词 */
  is_garbage?: boolean;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
  /** 已经废弃，当前返回值永远是0 表示不启用无线默认出价 */
  mobile_is_default_price?: Int64;
  /** 无线出价，单位为分 */
  max_mobile_price?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  keywordid_prices: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keywords: [
    {
      match_scope: 'String',
      nick: 'String',
      campaign_id: 'Number',
      adgroup_id: 'Number',
      keyword_id: 'Number',
      word: 'String',
      max_price: 'Number',
      is_default_price: 'Boolean',
      audit_status: 'String',
      audit_desc: 'String',
      is_garbage: 'Boolean',
      create_time: 'Date',
      modified_time: 'Date',
      mobile_is_default_price: 'Number',
      max_mobile_price: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywords.pricevon.set`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsPricevonSetOperation = {
  method: 'taobao.simba.keywords.pricevon.set',
  responseRoot: 'simba_keywords_pricevon_set_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 设置一批关键词的信息 — calls TOP method `taobao.simba.keywords.pricevon.set`.
 *
 * 设置一批关键词的信息，包含无线出价、计算机出价和关键词匹配方式
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsPricevonSet(
  client: TopClient,
  request: TaobaoSimbaKeywordsPricevonSetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsPricevonSetResponse> {
  return client.call<TaobaoSimbaKeywordsPricevonSetResponse>(
    {
      method: 'taobao.simba.keywords.pricevon.set',
      responseRoot: 'simba_keywords_pricevon_set_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
