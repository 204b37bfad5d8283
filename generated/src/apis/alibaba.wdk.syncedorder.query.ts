// Generated from specs/wdk/alibaba.wdk.syncedorder.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.syncedorder.query` (五道口查询同步订单). */
export interface AlibabaWdkSyncedorderQueryRequest {
  /** 门店ID */
  store_id?: string;
  /** 序列号 */
  serial_num?: string;
}

/** Response of `alibaba.wdk.syncedorder.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkSyncedorderQueryResponse {
  /** 返回码 */
  return_code?: Int64;
  /** 描述 */
  message?: string;
  /** 是否成功 */
  is_success?: boolean;
  /** 订单号 */
  biz_order_id?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  store_id: 'String',
  serial_num: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  return_code: 'Number',
  message: 'String',
  is_success: 'Boolean',
  biz_order_id: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.syncedorder.query`: method, response root, request and response schemas. */
export const alibabaWdkSyncedorderQueryOperation = {
  method: 'alibaba.wdk.syncedorder.query',
  responseRoot: 'alibaba_wdk_syncedorder_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 五道口查询同步订单 — calls TOP method `alibaba.wdk.syncedorder.query`.
 *
 * 外部商户查询同步到五道口的订单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkSyncedorderQuery(
  client: TopClient,
  request: AlibabaWdkSyncedorderQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaWdkSyncedorderQueryResponse> {
  return client.call<AlibabaWdkSyncedorderQueryResponse>(
    {
      method: 'alibaba.wdk.syncedorder.query',
      responseRoot: 'alibaba_wdk_syncedorder_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
