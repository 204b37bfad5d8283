// Generated from specs/tbitem/tmall.item.hscode.audit.results.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.item.hscode.audit.results.query` (商品hscode信息审核状态查询接口). */
export interface TmallItemHscodeAuditResultsQueryRequest {
  /** 商品ID */
  item_id: Int64Input;
}

/** Response of `tmall.item.hscode.audit.results.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallItemHscodeAuditResultsQueryResponse {
  /** 商品或sku的hscode信息审核状态。 */
  result_list?: TmallItemHscodeAuditResultsQueryHscodeAuditInfo[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `HscodeAuditInfo` of `tmall.item.hscode.audit.results.query`. */
export interface TmallItemHscodeAuditResultsQueryHscodeAuditInfo {
  /** 商品ID */
  item_id?: Int64;
  /** hscode信息当前审核状态的具体说明 */
  reason?: string;
  /** 商品或SKU使用的HS海关代码 */
  hscode?: string;
  /** SKU的ID */
  sku_id?: Int64;
  /** hscode信息当前审核状态，HISTORY_ITEM：历史已上架商品，REJECT：审核未通过，AUDITING：审核中，PASS：审核通过，ERROR：获取审核状态异常 */
  status?: string;
}

const REQUEST_SCHEMA = {
  item_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      item_id: 'Number',
      reason: 'String',
      hscode: 'String',
      sku_id: 'Number',
      status: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `tmall.item.hscode.audit.results.query`: method, response root, request and response schemas. */
export const tmallItemHscodeAuditResultsQueryOperation = {
  method: 'tmall.item.hscode.audit.results.query',
  responseRoot: 'tmall_item_hscode_audit_results_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 商品hscode信息审核状态查询接口 — calls TOP method `tmall.item.hscode.audit.results.query`.
 *
 * 通过此接口查询天猫跨境商品的hscode信息审核状态，卖家可以参考返回结果判断是否需要调整商品hscode相关信息。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallItemHscodeAuditResultsQuery(
  client: TopClient,
  request: TmallItemHscodeAuditResultsQueryRequest,
  options?: CallOptions,
): Promise<TmallItemHscodeAuditResultsQueryResponse> {
  return client.call<TmallItemHscodeAuditResultsQueryResponse>(
    {
      method: 'tmall.item.hscode.audit.results.query',
      responseRoot: 'tmall_item_hscode_audit_results_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
