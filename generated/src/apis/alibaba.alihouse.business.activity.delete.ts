// Generated from specs/alihouse/alibaba.alihouse.business.activity.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.business.activity.delete` (电商券活动删除). */
export interface AlibabaAlihouseBusinessActivityDeleteRequest {
  /** 数据 */
  bai_yi_activity_data_dto: AlibabaAlihouseBusinessActivityDeleteBusinessActivityDataDtoInput;
}

/** Response of `alibaba.alihouse.business.activity.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseBusinessActivityDeleteResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseBusinessActivityDeleteResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BusinessActivityDataDto` of `alibaba.alihouse.business.activity.delete`. */
export interface AlibabaAlihouseBusinessActivityDeleteBusinessActivityDataDtoInput {
  /** 外部活动ID */
  outer_activity_id: string;
}

/** `Result` of `alibaba.alihouse.business.activity.delete`. */
export interface AlibabaAlihouseBusinessActivityDeleteResult {
  /** 主体公司ID */
  data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  bai_yi_activity_data_dto: {
    outer_activity_id: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'Number',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.business.activity.delete`: method, response root, request and response schemas. */
export const alibabaAlihouseBusinessActivityDeleteOperation = {
  method: 'alibaba.alihouse.business.activity.delete',
  responseRoot: 'alibaba_alihouse_business_activity_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电商券活动删除 — calls TOP method `alibaba.alihouse.business.activity.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseBusinessActivityDelete(
  client: TopClient,
  request: AlibabaAlihouseBusinessActivityDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseBusinessActivityDeleteResponse> {
  return client.call<AlibabaAlihouseBusinessActivityDeleteResponse>(
    {
      method: 'alibaba.alihouse.business.activity.delete',
      responseRoot: 'alibaba_alihouse_business_activity_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
