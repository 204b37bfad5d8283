// Generated from specs/simba/taobao.simba.salestar.keywords.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.keywords.delete` (销量明星关键词删除). */
export interface TaobaoSimbaSalestarKeywordsDeleteRequest {
  /**
   * 关键词ids
   *
   * Max list size: 20
   */
  bidword_ids?: string[];
}

/** Response of `taobao.simba.salestar.keywords.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarKeywordsDeleteResponse {
  /** 成功删除条数 */
  results?: Int64;
  /** 删除成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  bidword_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: 'Number',
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.keywords.delete`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarKeywordsDeleteOperation = {
  method: 'taobao.simba.salestar.keywords.delete',
  responseRoot: 'simba_salestar_keywords_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销量明星关键词删除 — calls TOP method `taobao.simba.salestar.keywords.delete`.
 *
 * （新）关键词删除相关接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarKeywordsDelete(
  client: TopClient,
  request: TaobaoSimbaSalestarKeywordsDeleteRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarKeywordsDeleteResponse> {
  return client.call<TaobaoSimbaSalestarKeywordsDeleteResponse>(
    {
      method: 'taobao.simba.salestar.keywords.delete',
      responseRoot: 'simba_salestar_keywords_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
