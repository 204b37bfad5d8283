// Generated from specs/tmallservice/tmall.servicecenter.servicestore.updatestatus.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicestore.updatestatus` (网点/门店状态修改). */
export interface TmallServicecenterServicestoreUpdatestatusRequest {
  /** 门店id */
  id: Int64Input;
  /** 状态。1 营业，0歇业，-1彻底关店 */
  status?: Int64Input;
  /** 业务类型。不同业务传不同的值 */
  biz_type: string;
}

/** Response of `tmall.servicecenter.servicestore.updatestatus`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicestoreUpdatestatusResponse {
  /** 方法调用结果 */
  result?: TmallServicecenterServicestoreUpdatestatusResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.servicecenter.servicestore.updatestatus`. */
export interface TmallServicecenterServicestoreUpdatestatusResult {
  /** 错误码 */
  msg_code?: Int64;
  /** 错误信息 */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  id: 'Number',
  status: 'Number',
  biz_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'Number',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicestore.updatestatus`: method, response root, request and response schemas. */
export const tmallServicecenterServicestoreUpdatestatusOperation = {
  method: 'tmall.servicecenter.servicestore.updatestatus',
  responseRoot: 'tmall_servicecenter_servicestore_updatestatus_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 网点/门店状态修改 — calls TOP method `tmall.servicecenter.servicestore.updatestatus`.
 *
 * 修改网点/门店状态
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicestoreUpdatestatus(
  client: TopClient,
  request: TmallServicecenterServicestoreUpdatestatusRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicestoreUpdatestatusResponse> {
  return client.call<TmallServicecenterServicestoreUpdatestatusResponse>(
    {
      method: 'tmall.servicecenter.servicestore.updatestatus',
      responseRoot: 'tmall_servicecenter_servicestore_updatestatus_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
