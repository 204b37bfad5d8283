// Generated from specs/tmallsc/alibaba.servicecenter.workcard.confirmedsku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.workcard.confirmedsku.query` (查询确认履行的服务项). */
export interface AlibabaServicecenterWorkcardConfirmedskuQueryRequest {
  /** 工单id */
  workcard_id: Int64Input;
  /** 真实履约服务商Nick（非ERP系统不要填写） */
  real_tp_nick?: string;
}

/** Response of `alibaba.servicecenter.workcard.confirmedsku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterWorkcardConfirmedskuQueryResponse {
  /** 接口返回model */
  result?: AlibabaServicecenterWorkcardConfirmedskuQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.servicecenter.workcard.confirmedsku.query`. */
export interface AlibabaServicecenterWorkcardConfirmedskuQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 服务项 */
  values?: AlibabaServicecenterWorkcardConfirmedskuQueryValue[];
  /** 错误信息 */
  error_msg?: string;
}

/** `Value` of `alibaba.servicecenter.workcard.confirmedsku.query`. */
export interface AlibabaServicecenterWorkcardConfirmedskuQueryValue {
  /** 服务项 */
  service_sku_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  real_tp_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    values: [
      {
        service_sku_code: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.workcard.confirmedsku.query`: method, response root, request and response schemas. */
export const alibabaServicecenterWorkcardConfirmedskuQueryOperation = {
  method: 'alibaba.servicecenter.workcard.confirmedsku.query',
  responseRoot: 'alibaba_servicecenter_workcard_confirmedsku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询确认履行的服务项 — calls TOP method `alibaba.servicecenter.workcard.confirmedsku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterWorkcardConfirmedskuQuery(
  client: TopClient,
  request: AlibabaServicecenterWorkcardConfirmedskuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterWorkcardConfirmedskuQueryResponse> {
  return client.call<AlibabaServicecenterWorkcardConfirmedskuQueryResponse>(
    {
      method: 'alibaba.servicecenter.workcard.confirmedsku.query',
      responseRoot: 'alibaba_servicecenter_workcard_confirmedsku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
