// Generated from specs/tmallservice/tmall.servicecenter.identifytask.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.identifytask.create` (服务商创建核销单). */
export interface TmallServicecenterIdentifytaskCreateRequest {
  /**
   * 工单列表
   *
   * Max list size: 20
   */
  workcard_ids: Int64Input[];
  /** 是否改派 */
  reassign?: boolean;
  /** 服务商自定义的外部核销单id */
  outer_id: string;
}

/** Response of `tmall.servicecenter.identifytask.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterIdentifytaskCreateResponse {
  /** - */
  result?: TmallServicecenterIdentifytaskCreateFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.identifytask.create`. */
export interface TmallServicecenterIdentifytaskCreateFulfilplatformResult {
  /** 展示信息 */
  display_msg?: string;
  /** 生层的核销单id */
  result_data?: Int64;
  /** 是否成功 */
  success?: boolean;
  /** 消息代码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_ids: ['Number'],
  reassign: 'Boolean',
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    result_data: 'Number',
    success: 'Boolean',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.identifytask.create`: method, response root, request and response schemas. */
export const tmallServicecenterIdentifytaskCreateOperation = {
  method: 'tmall.servicecenter.identifytask.create',
  responseRoot: 'tmall_servicecenter_identifytask_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商创建核销单 — calls TOP method `tmall.servicecenter.identifytask.create`.
 *
 * 服务商调用该接口进行创建核销单操作
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterIdentifytaskCreate(
  client: TopClient,
  request: TmallServicecenterIdentifytaskCreateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterIdentifytaskCreateResponse> {
  return client.call<TmallServicecenterIdentifytaskCreateResponse>(
    {
      method: 'tmall.servicecenter.identifytask.create',
      responseRoot: 'tmall_servicecenter_identifytask_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
