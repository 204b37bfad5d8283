// Generated from specs/simba/taobao.simba.keywords.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keywords.delete` (删除一批关键词). */
export interface TaobaoSimbaKeywordsDeleteRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
  /**
   * 关键词Id数组，最多100个
   *
   * Max list size: 100
   */
  keyword_ids: string[];
}

/** Response of `taobao.simba.keywords.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordsDeleteResponse {
  /** 成功删除的关键词列表 */
  keywords?: TaobaoSimbaKeywordsDeleteKeyword[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Keyword` of `taobao.simba.keywords.delete`. */
export interface TaobaoSimbaKeywordsDeleteKeyword {
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
  /** 是否使用推广组默认出价，true-是；false-否； */
  is_default_price?: boolean;
  /**
   * 审核状态：
   * audit_wait-待审核；
   * audit_pass-审核通过(上线)；
   * audit_reject-审核拒绝；
   * audit_offline-审核直接下线；
   * 默认为 audit_pass。
   */
  audit_status?: string;
  /** 审核拒绝原因描述 */
  audit_desc?: string;
  /** 是否是垃圾词，false-不是；true-是；垃圾词是近期无点击的词 */
  is_garbage?: boolean;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
  /** 无线上是否采用PC*无线溢价的出价模式（1：是，0：否） */
  mobile_is_default_price?: Int64;
  /** 无线独立出价（0：代表使用PC*无线溢价，如果不是0则代表无线出价的值） */
  max_mobile_price?: Int64;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
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
      mobile_is_default_price: 'Number',
      max_mobile_price: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keywords.delete`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordsDeleteOperation = {
  method: 'taobao.simba.keywords.delete',
  responseRoot: 'simba_keywords_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除一批关键词 — calls TOP method `taobao.simba.keywords.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordsDelete(
  client: TopClient,
  request: TaobaoSimbaKeywordsDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordsDeleteResponse> {
  return client.call<TaobaoSimbaKeywordsDeleteResponse>(
    {
      method: 'taobao.simba.keywords.delete',
      responseRoot: 'simba_keywords_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
