// Generated from specs/alihealth2/alibaba.alihealth.dental.bind.audit.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.dental.bind.audit.query` (ISV查询绑定审核状态). */
export interface AlibabaAlihealthDentalBindAuditQueryRequest {
  /**
   * 绑定ID列表
   *
   * Max list size: 20
   */
  bind_ids?: string[];
}

/** Response of `alibaba.alihealth.dental.bind.audit.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthDentalBindAuditQueryResponse {
  /** result */
  result?: AlibabaAlihealthDentalBindAuditQueryMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.alihealth.dental.bind.audit.query`. */
export interface AlibabaAlihealthDentalBindAuditQueryMtopResult {
  /** model */
  storeitemrelvo_list?: AlibabaAlihealthDentalBindAuditQueryStoreItemRelVo[];
  /** 状态码 */
  msg_code?: string;
  /** 信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `StoreItemRelVo` of `alibaba.alihealth.dental.bind.audit.query`. */
export interface AlibabaAlihealthDentalBindAuditQueryStoreItemRelVo {
  /** 门店ID */
  store_id?: Int64;
  /** 绑定ID */
  bind_id?: Int64;
  /** 审核原因 */
  reason?: string;
  /** 审核状态码 */
  check_status?: Int64;
  /** 审核状态信息 */
  check_status_string?: string;
  /** 商品ID */
  item_id?: Int64;
  /** ISV门店ID */
  sp_store_id?: string;
  /** ISV商品ID */
  sp_item_id?: string;
}

const REQUEST_SCHEMA = {
  bind_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    storeitemrelvo_list: [
      {
        store_id: 'Number',
        bind_id: 'Number',
        reason: 'String',
        check_status: 'Number',
        check_status_string: 'String',
        item_id: 'Number',
        sp_store_id: 'String',
        sp_item_id: 'String',
      },
    ],
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.dental.bind.audit.query`: method, response root, request and response schemas. */
export const alibabaAlihealthDentalBindAuditQueryOperation = {
  method: 'alibaba.alihealth.dental.bind.audit.query',
  responseRoot: 'alibaba_alihealth_dental_bind_audit_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV查询绑定审核状态 — calls TOP method `alibaba.alihealth.dental.bind.audit.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthDentalBindAuditQuery(
  client: TopClient,
  request: AlibabaAlihealthDentalBindAuditQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlihealthDentalBindAuditQueryResponse> {
  return client.call<AlibabaAlihealthDentalBindAuditQueryResponse>(
    {
      method: 'alibaba.alihealth.dental.bind.audit.query',
      responseRoot: 'alibaba_alihealth_dental_bind_audit_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
