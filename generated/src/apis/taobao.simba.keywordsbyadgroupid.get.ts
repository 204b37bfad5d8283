// Generated from specs/simba/taobao.simba.keywordsbyadgroupid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywordsbyadgroupid.get` (取得一个推广组的所有关键词). */
export interface TaobaoSimbaKeywordsbyadgroupidGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广组Id */
  adgroup_id?: Int64Input;
}

/** Response of `taobao.simba.keywordsbyadgroupid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsbyadgroupidGetResponse {
  /** 取得的关键词列表 */
  keywords?: TaobaoSimbaKeywordsbyadgroupidGetKeyword[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Keyword` of `taobao.simba.keywordsbyadgroupid.get`. */
export interface TaobaoSimbaKeywordsbyadgroupidGetKeyword {
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
  /** 关键词出价，单位为分，不能小于5 */
  max_price?: Int64;
  /** 是否使用推广组默认出价，恒为false */
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
  /** 词质量得分 */
  qscore?: string;
  /** 匹配模式 */
  match_scope?: string;
  /** 是否使用推广组默认出价，恒为0 */
  mobile_is_default_price?: Int64;
  /** 无线独立出价（0：代表使用PC*无线溢价，如果不是0则代表无线出价的值） */
  max_mobile_price?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  adgroup_id: 'Number',
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
      qscore: 'String',
      match_scope: 'String',
      mobile_is_default_price: 'Number',
      max_mobile_price: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywordsbyadgroupid.get`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsbyadgroupidGetOperation = {
  method: 'taobao.simba.keywordsbyadgroupid.get',
  responseRoot: 'simba_keywordsbyadgroupid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广组的所有关键词 — calls TOP method `taobao.simba.keywordsbyadgroupid.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsbyadgroupidGet(
  client: TopClient,
  request: TaobaoSimbaKeywordsbyadgroupidGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsbyadgroupidGetResponse> {
  return client.call<TaobaoSimbaKeywordsbyadgroupidGetResponse>(
    {
      method: 'taobao.simba.keywordsbyadgroupid.get',
      responseRoot: 'simba_keywordsbyadgroupid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
