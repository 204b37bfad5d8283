// Generated from specs/wdk/alibaba.wdk.item.serviceitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.item.serviceitem.query` (查询服务商品). */
export interface AlibabaWdkItemServiceitemQueryRequest {
  /** 后台类目 */
  hema_category_id: string;
  /** 机构编码 */
  org_no: string;
}

/** Response of `alibaba.wdk.item.serviceitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkItemServiceitemQueryResponse {
  /** result */
  result?: AlibabaWdkItemServiceitemQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.wdk.item.serviceitem.query`. */
export interface AlibabaWdkItemServiceitemQueryResult {
  /** result */
  result?: string | Record<string, unknown>;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  hema_category_id: 'String',
  org_no: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result: 'Json',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.item.serviceitem.query`: method, response root, request and response schemas. */
export const alibabaWdkItemServiceitemQueryOperation = {
  method: 'alibaba.wdk.item.serviceitem.query',
  responseRoot: 'alibaba_wdk_item_serviceitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询服务商品 — calls TOP method `alibaba.wdk.item.serviceitem.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkItemServiceitemQuery(
  client: TopClient,
  request: AlibabaWdkItemServiceitemQueryRequest,
  options?: CallOptions,
): Promise<AlibabaWdkItemServiceitemQueryResponse> {
  return client.call<AlibabaWdkItemServiceitemQueryResponse>(
    {
      method: 'alibaba.wdk.item.serviceitem.query',
      responseRoot: 'alibaba_wdk_item_serviceitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
