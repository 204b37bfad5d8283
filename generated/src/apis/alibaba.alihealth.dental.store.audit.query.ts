// Generated from specs/alihealth2/alibaba.alihealth.dental.store.audit.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.store.audit.query` (ISV查询门店审核状态). */
export interface AlibabaAlihealthDentalStoreAuditQueryRequest {
  /**
   * 审核ID列表
   *
   * Max list size: 20
   */
  store_audit_ids?: string[];
}

/** Response of `alibaba.alihealth.dental.store.audit.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalStoreAuditQueryResponse {
  /** result */
  result?: AlibabaAlihealthDentalStoreAuditQueryMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.alihealth.dental.store.audit.query`. */
export interface AlibabaAlihealthDentalStoreAuditQueryMtopResult {
  /** model */
  store_audit_vo_list?: AlibabaAlihealthDentalStoreAuditQueryStoreAuditVo[];
  /** msg_code */
  msg_code?: string;
  /** msg_info */
  msg_info?: string;
  /** true */
  success?: boolean;
}

/** `StoreAuditVo` of `alibaba.alihealth.dental.store.audit.query`. */
export interface AlibabaAlihealthDentalStoreAuditQueryStoreAuditVo {
  /** 门店ID */
  store_id?: Int64;
  /** 审核状态 */
  check_status_string?: string;
  /** 审核状态码 */
  check_status?: Int64;
  /** 审核原因 */
  reason?: string;
  /** 门店审核ID */
  store_audit_id?: Int64;
}

const REQUEST_SCHEMA = {
  store_audit_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    store_audit_vo_list: [
      {
        store_id: 'Number',
        check_status_string: 'String',
        check_status: 'Number',
        reason: 'String',
        store_audit_id: 'Number',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.store.audit.query`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalStoreAuditQueryOperation = {
  method: 'alibaba.alihealth.dental.store.audit.query',
  responseRoot: 'alibaba_alihealth_dental_store_audit_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV查询门店审核状态 — calls TOP method `alibaba.alihealth.dental.store.audit.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalStoreAuditQuery(
  client: TopClient,
  request: AlibabaAlihealthDentalStoreAuditQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalStoreAuditQueryResponse> {
  return client.call<AlibabaAlihealthDentalStoreAuditQueryResponse>(
    {
      method: 'alibaba.alihealth.dental.store.audit.query',
      responseRoot: 'alibaba_alihealth_dental_store_audit_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
