// Generated from specs/tmallservice/alibaba.servicecenter.workcard.serviceprogress.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.servicecenter.workcard.serviceprogress.update` (更新服务进度). */
export interface AlibabaServicecenterWorkcardServiceprogressUpdateRequest {
  /** 工单id */
  workcard_id: Int64Input;
  /**
   * 图片列表
   *
   * Max list size: 20
   */
  pic_url_list?: string[];
  /** 扩展参数 */
  extend_info?: string | Record<string, unknown>;
  /** 请求节点的动作描述，唯一标识一个节点 */
  action: string;
  /** 真实服务商nick，仅限isv服务商调用时使用 */
  real_tp_nick?: string;
}

/** Response of `alibaba.servicecenter.workcard.serviceprogress.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaServicecenterWorkcardServiceprogressUpdateResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  msg_code?: string;
  /** 错误信息 */
  msg_info?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  workcard_id: 'Number',
  pic_url_list: ['String'],
  extend_info: 'Json',
  action: 'String',
  real_tp_nick: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_code: 'String',
  msg_info: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.servicecenter.workcard.serviceprogress.update`: method, response root, request and response schemas. */
export const alibabaServicecenterWorkcardServiceprogressUpdateOperation = {
  method: 'alibaba.servicecenter.workcard.serviceprogress.update',
  responseRoot: 'alibaba_servicecenter_workcard_serviceprogress_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新服务进度 — calls TOP method `alibaba.servicecenter.workcard.serviceprogress.update`.
 *
 * 提供给外部合作服务商更新服务进度的接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaServicecenterWorkcardServiceprogressUpdate(
  client: TopClient,
  request: AlibabaServicecenterWorkcardServiceprogressUpdateRequest,
  options?: CallOptions,
): Promise<AlibabaServicecenterWorkcardServiceprogressUpdateResponse> {
  return client.call<AlibabaServicecenterWorkcardServiceprogressUpdateResponse>(
    {
      method: 'alibaba.servicecenter.workcard.serviceprogress.update',
      responseRoot: 'alibaba_servicecenter_workcard_serviceprogress_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
