// Generated from specs/idleisv/alibaba.idle.user.permit.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.idle.user.permit.query` (查询服务商与卖家之间的订单消息绑定关系). */
export interface AlibabaIdleUserPermitQueryRequest {}

/** Response of `alibaba.idle.user.permit.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIdleUserPermitQueryResponse {
  /** 当前绑定状态，true为已经绑定，false为没有绑定 */
  data?: boolean;
  /** 处理结果 */
  result_success?: boolean;
  /** 错误码 */
  result_error_code?: string;
  /** 错误信息 */
  result_error_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  data: 'Boolean',
  result_success: 'Boolean',
  result_error_code: 'String',
  result_error_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.idle.user.permit.query`: method, response root, request and response schemas. */
export const alibabaIdleUserPermitQueryOperation = {
  method: 'alibaba.idle.user.permit.query',
  responseRoot: 'alibaba_idle_user_permit_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询服务商与卖家之间的订单消息绑定关系 — calls TOP method `alibaba.idle.user.permit.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIdleUserPermitQuery(
  client: TopClient,
  request: AlibabaIdleUserPermitQueryRequest = {},
  options?: CallOptions,
): Promise<AlibabaIdleUserPermitQueryResponse> {
  return client.call<AlibabaIdleUserPermitQueryResponse>(
    {
      method: 'alibaba.idle.user.permit.query',
      responseRoot: 'alibaba_idle_user_permit_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
