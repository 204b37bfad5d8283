// Generated from specs/tmallsc/alibaba.servicecenter.workcard.relatedsku.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.workcard.relatedsku.query` (查询工单关联的服务项). */
export interface AlibabaServicecenterWorkcardRelatedskuQueryRequest {
  /** 工单id */
  workcard_id: Int64Input;
  /** 真实履约服务商nick(非erp系统不要填写) */
  real_tp_nick?: string;
  /** 是否根据类目过滤维修项 */
  is_filter_by_category?: boolean;
}

/** Response of `alibaba.servicecenter.workcard.relatedsku.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterWorkcardRelatedskuQueryResponse {
  /** 接口返回model */
  result?: AlibabaServicecenterWorkcardRelatedskuQueryResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.servicecenter.workcard.relatedsku.query`. */
export interface AlibabaServicecenterWorkcardRelatedskuQueryResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 服务项信息 */
  values?: AlibabaServicecenterWorkcardRelatedskuQueryValue[];
  /** 错误信息 */
  error_msg?: string;
}

/** `Value` of `alibaba.servicecenter.workcard.relatedsku.query`. */
export interface AlibabaServicecenterWorkcardRelatedskuQueryValue {
  /** 是否为补差服务项 */
  need_ext_pay?: boolean;
  /** 服务项展示名称 */
  display_name?: string;
  /** 服务项code */
  service_sku_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  real_tp_nick: 'String',
  is_filter_by_category: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    values: [
      {
        need_ext_pay: 'Boolean',
        display_name: 'String',
        service_sku_code: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.workcard.relatedsku.query`: method, response root, request and response schemas. */
export const alibabaServicecenterWorkcardRelatedskuQueryOperation = {
  method: 'alibaba.servicecenter.workcard.relatedsku.query',
  responseRoot: 'alibaba_servicecenter_workcard_relatedsku_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询工单关联的服务项 — calls TOP method `alibaba.servicecenter.workcard.relatedsku.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterWorkcardRelatedskuQuery(
  client: TopClient,
  request: AlibabaServicecenterWorkcardRelatedskuQueryRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterWorkcardRelatedskuQueryResponse> {
  return client.call<AlibabaServicecenterWorkcardRelatedskuQueryResponse>(
    {
      method: 'alibaba.servicecenter.workcard.relatedsku.query',
      responseRoot: 'alibaba_servicecenter_workcard_relatedsku_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
