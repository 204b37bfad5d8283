// Generated from specs/tmallsc/tmall.servicecenter.workcard.serviceprogress.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.serviceprogress.update` (回传工单服务进度). */
export interface TmallServicecenterWorkcardServiceprogressUpdateRequest {
  /** 服务进度信息 */
  update_service_progress_request: TmallServicecenterWorkcardServiceprogressUpdateUpdateServiceProgressRequestInput;
}

/** Response of `tmall.servicecenter.workcard.serviceprogress.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardServiceprogressUpdateResponse {
  /** 是否调用成功 */
  is_success?: boolean;
  /** 错误信息 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateServiceProgressRequest` of `tmall.servicecenter.workcard.serviceprogress.update`. */
export interface TmallServicecenterWorkcardServiceprogressUpdateUpdateServiceProgressRequestInput {
  /** 服务描述 */
  desc?: string;
  /** 服务动作 */
  action: string;
  /** 工单id */
  workcard_id: Int64Input;
  /** 扩展信息回传备注 */
  attribute_map?: string;
  /** 图片地址回传集合 */
  pic_url_list?: string[];
}

const REQUEST_SCHEMA = {
  update_service_progress_request: {
    desc: 'String',
    action: 'String',
    workcard_id: 'Number',
    attribute_map: 'String',
    pic_url_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  msg_info: 'String',
  msg_code: 'String',
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.serviceprogress.update`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardServiceprogressUpdateOperation = {
  method: 'tmall.servicecenter.workcard.serviceprogress.update',
  responseRoot: 'tmall_servicecenter_workcard_serviceprogress_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回传工单服务进度 — calls TOP method `tmall.servicecenter.workcard.serviceprogress.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardServiceprogressUpdate(
  client: TopClient,
  request: TmallServicecenterWorkcardServiceprogressUpdateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardServiceprogressUpdateResponse> {
  return client.call<TmallServicecenterWorkcardServiceprogressUpdateResponse>(
    {
      method: 'tmall.servicecenter.workcard.serviceprogress.update',
      responseRoot: 'tmall_servicecenter_workcard_serviceprogress_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
