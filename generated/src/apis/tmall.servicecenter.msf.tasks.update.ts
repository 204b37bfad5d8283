// Generated from specs/tmallservice/tmall.servicecenter.msf.tasks.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.msf.tasks.update` (喵师傅工人任务批量完成接口). */
export interface TmallServicecenterMsfTasksUpdateRequest {
  /**
   * 子订单号列表。最多100个
   *
   * Max list size: 100
   */
  biz_order_ids: string[];
  /**
   * 周期序号。必须与子订单列表对应
   *
   * Max list size: 100
   */
  seqs: string[];
  /** 工人手机号 */
  worker_mobile: Int64Input;
  /** 服务编码 */
  service_code: string;
  /** 调用来源 */
  source: string;
}

/** Response of `tmall.servicecenter.msf.tasks.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterMsfTasksUpdateResponse {
  /** result */
  result?: TmallServicecenterMsfTasksUpdateResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.msf.tasks.update`. */
export interface TmallServicecenterMsfTasksUpdateResultBase {
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** success */
  success?: boolean;
  /** 任务id列表 */
  values?: Int64[];
}

const REQUEST_SCHEMA = {
  biz_order_ids: ['String'],
  seqs: ['String'],
  worker_mobile: 'Number',
  service_code: 'String',
  source: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    success: 'Boolean',
    values: ['Number'],
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.msf.tasks.update`: method, response root, request and response schemas. */
export const tmallServicecenterMsfTasksUpdateOperation = {
  method: 'tmall.servicecenter.msf.tasks.update',
  responseRoot: 'tmall_servicecenter_msf_tasks_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 喵师傅工人任务批量完成接口 — calls TOP method `tmall.servicecenter.msf.tasks.update`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterMsfTasksUpdate(
  client: TopClient,
  request: TmallServicecenterMsfTasksUpdateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterMsfTasksUpdateResponse> {
  return client.call<TmallServicecenterMsfTasksUpdateResponse>(
    {
      method: 'tmall.servicecenter.msf.tasks.update',
      responseRoot: 'tmall_servicecenter_msf_tasks_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
