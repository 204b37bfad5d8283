// Generated from specs/simba/taobao.simba.keywordsbykeywordids.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywordsbykeywordids.get` (根据一个关键词Id列表取得一组关键词). */
export interface TaobaoSimbaKeywordsbykeywordidsGetRequest {
  /** 主人昵称 */
  nick?: string;
  /**
   * 关键词Id数组，最多200个；
   *
   * Max list size: 200
   */
  keyword_ids?: string[];
}

/** Response of `taobao.simba.keywordsbykeywordids.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsbykeywordidsGetResponse {
  /** 取得的关键词列表 */
  keywords?: TaobaoSimbaKeywordsbykeywordidsGetKeyword[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Keyword` of `taobao.simba.keywordsbykeywordids.get`. */
export interface TaobaoSimbaKeywordsbykeywordidsGetKeyword {
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
  /** 关键词计算机出价，单位为分 */
  max_price?: Int64;
  /** 废弃中，当前恒为false 表示不使用推广组默认出价 */
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
  /** 匹配模式：1精确匹配，4广泛匹配 */
  match_scope?: string;
  /** 废弃中，恒为0，表示不启用默认出价 */
  mobile_is_default_price?: Int64;
  /** 无线出价，单位为分 */
  max_mobile_price?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  keyword_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  keywords: [
    {
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
      match_scope: 'String',
      mobile_is_default_price: 'Number',
      max_mobile_price: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywordsbykeywordids.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsbykeywordidsGetOperation = {
  method: 'taobao.simba.keywordsbykeywordids.get',
  responseRoot: 'simba_keywordsbykeywordids_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据一个关键词Id列表取得一组关键词 — calls TOP method `taobao.simba.keywordsbykeywordids.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsbykeywordidsGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsbykeywordidsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsbykeywordidsGetResponse> {
  return client.call<TaobaoSimbaKeywordsbykeywordidsGetResponse>(
    {
      method: 'taobao.simba.keywordsbykeywordids.get',
      responseRoot: 'simba_keywordsbykeywordids_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
