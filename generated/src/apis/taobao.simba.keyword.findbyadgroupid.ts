// Generated from specs/simba/taobao.simba.keyword.findbyadgroupid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.keyword.findbyadgroupid` (根据推广单元id获取关键词). */
export interface TaobaoSimbaKeywordFindbyadgroupidRequest {
  /** 推广单元id */
  adgroup_id?: Int64Input;
}

/** Response of `taobao.simba.keyword.findbyadgroupid`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaKeywordFindbyadgroupidResponse {
  /** 整体的返回值 */
  results?: TaobaoSimbaKeywordFindbyadgroupidSiriusBidwordDto[];
  /** 错误原因 */
  error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `SiriusBidwordDto` of `taobao.simba.keyword.findbyadgroupid`. */
export interface TaobaoSimbaKeywordFindbyadgroupidSiriusBidwordDto {
  /** 关键词无线渠道出价分 */
  mobile_bid_price?: Int64;
  /** 垃圾词状态1 为垃圾词，0 为正常词 */
  garbage_status?: Int64;
  /** 匹配方式1 精准匹配，4广泛匹配 */
  match_scope?: Int64;
  /** 推广单元id */
  adgroup_id?: Int64;
  /** 推广计划id */
  campaign_id?: Int64;
  /** 关键词原词 */
  word?: string;
  /** 关键词审核拒绝原因，当且仅当audit_status为审核拒绝时有效 */
  audit_reason?: string;
  /** 审核原因0 -1 待处理，1审核通过，其他审核拒绝 */
  audit_status?: Int64;
  /** 关键词计划删除时间，仅当garbage_status=1时有效 */
  plan_delete_time?: string;
  /** 关键词id */
  bidword_id?: Int64;
}

const REQUEST_SCHEMA = {
  adgroup_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: [
    {
      mobile_bid_price: 'Number',
      garbage_status: 'Number',
      match_scope: 'Number',
      adgroup_id: 'Number',
      campaign_id: 'Number',
      word: 'String',
      audit_reason: 'String',
      audit_status: 'Number',
      plan_delete_time: 'Date',
      bidword_id: 'Number',
    },
  ],
  error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.keyword.findbyadgroupid`: method, response root, request and response schemas. */
export const taobaoSimbaKeywordFindbyadgroupidOperation = {
  method: 'taobao.simba.keyword.findbyadgroupid',
  responseRoot: 'simba_keyword_findbyadgroupid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据推广单元id获取关键词 — calls TOP method `taobao.simba.keyword.findbyadgroupid`.
 *
 * 根据一个关键词Id列表取得一组关键词
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaKeywordFindbyadgroupid(
  client: TopClient,
  request: TaobaoSimbaKeywordFindbyadgroupidRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaKeywordFindbyadgroupidResponse> {
  return client.call<TaobaoSimbaKeywordFindbyadgroupidResponse>(
    {
      method: 'taobao.simba.keyword.findbyadgroupid',
      responseRoot: 'simba_keyword_findbyadgroupid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
