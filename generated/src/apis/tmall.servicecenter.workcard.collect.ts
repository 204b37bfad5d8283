// Generated from specs/tmallservice/tmall.servicecenter.workcard.collect.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.collect` (工单揽件). */
export interface TmallServicecenterWorkcardCollectRequest {
  /** 工单id */
  workcard_id?: Int64Input;
  /** 买家id */
  buyer_id?: Int64Input;
  /** 扩展信息 */
  attributes?: string;
}

/** Response of `tmall.servicecenter.workcard.collect`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardCollectResponse {
  /** 响应结果 */
  result?: TmallServicecenterWorkcardCollectFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.collect`. */
export interface TmallServicecenterWorkcardCollectFulfilplatformResult {
  /** 是否成功 */
  success?: boolean;
  /** 响应码 */
  msg_code?: string;
  /** 响应信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  buyer_id: 'Number',
  attributes: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.collect`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardCollectOperation = {
  method: 'tmall.servicecenter.workcard.collect',
  responseRoot: 'tmall_servicecenter_workcard_collect_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工单揽件 — calls TOP method `tmall.servicecenter.workcard.collect`.
 *
 * 服务工单揽件接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardCollect(
  client: TopClient,
  request: TmallServicecenterWorkcardCollectRequest = {},
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardCollectResponse> {
  return client.call<TmallServicecenterWorkcardCollectResponse>(
    {
      method: 'tmall.servicecenter.workcard.collect',
      responseRoot: 'tmall_servicecenter_workcard_collect_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
