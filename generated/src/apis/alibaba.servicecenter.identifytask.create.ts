// Generated from specs/tmallservice/alibaba.servicecenter.identifytask.create.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.identifytask.create` (创建核销单). */
export interface AlibabaServicecenterIdentifytaskCreateRequest {
  /**
   * 工单集合
   *
   * Max list size: 20
   */
  workcard_ids: Int64Input[];
  /** 核销单外部标识，服务商保证唯一。如果创建核销单时传入重复的outer_id，系统直接会返回服务商下该outer_id对应的核销单，不会重新创建新核销单。 */
  outer_id: string;
}

/** Response of `alibaba.servicecenter.identifytask.create`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterIdentifytaskCreateResponse {
  /** 请求结果 */
  result?: AlibabaServicecenterIdentifytaskCreateFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `FulfilplatformResult` of `alibaba.servicecenter.identifytask.create`. */
export interface AlibabaServicecenterIdentifytaskCreateFulfilplatformResult {
  /** 核销单id */
  result_data?: Int64;
  /** 是否执行成功 */
  success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误编码 */
  msg_code?: string;
}

const REQUEST_SCHEMA = {
  workcard_ids: ['Number'],
  outer_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_data: 'Number',
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.identifytask.create`: method, response root, request and response schemas. */
export const alibabaServicecenterIdentifytaskCreateOperation = {
  method: 'alibaba.servicecenter.identifytask.create',
  responseRoot: 'alibaba_servicecenter_identifytask_create_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建核销单 — calls TOP method `alibaba.servicecenter.identifytask.create`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterIdentifytaskCreate(
  client: TopClient,
  request: AlibabaServicecenterIdentifytaskCreateRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterIdentifytaskCreateResponse> {
  return client.call<AlibabaServicecenterIdentifytaskCreateResponse>(
    {
      method: 'alibaba.servicecenter.identifytask.create',
      responseRoot: 'alibaba_servicecenter_identifytask_create_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
