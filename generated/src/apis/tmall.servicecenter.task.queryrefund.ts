// Generated from specs/tmallservice/tmall.servicecenter.task.queryrefund.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.task.queryrefund` (查询任务类工单是否退款). */
export interface TmallServicecenterTaskQueryrefundRequest {
  /**
   * 工单id列表
   *
   * Max list size: 20
   */
  workcard_list: string[];
}

/** Response of `tmall.servicecenter.task.queryrefund`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterTaskQueryrefundResponse {
  /** result */
  result?: TmallServicecenterTaskQueryrefundResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.task.queryrefund`. */
export interface TmallServicecenterTaskQueryrefundResultBase {
  /** errorCode */
  error_code?: Int64;
  /** errorMsg */
  error_msg?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** 单次请求是否成功处理 */
  success?: boolean;
  /** value */
  value?: TmallServicecenterTaskQueryrefundRefundWorkCardTo;
}

/** `RefundWorkCardTo` of `tmall.servicecenter.task.queryrefund`. */
export interface TmallServicecenterTaskQueryrefundRefundWorkCardTo {
  /** existingFailure */
  existing_failure?: boolean;
  /** failureList */
  failure_list?: Int64[];
  /** notExistingList */
  not_existing_list?: Int64[];
  /** refundList */
  refund_list?: Int64[];
}

const REQUEST_SCHEMA = {
  workcard_list: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    error_code: 'Number',
    error_msg: 'String',
    gmt_create: 'Date',
    gmt_modified: 'Date',
    success: 'Boolean',
    value: {
      existing_failure: 'Boolean',
      failure_list: ['Number'],
      not_existing_list: ['Number'],
      refund_list: ['Number'],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.task.queryrefund`: method, response root, request and response schemas. */
export const tmallServicecenterTaskQueryrefundOperation = {
  method: 'tmall.servicecenter.task.queryrefund',
  responseRoot: 'tmall_servicecenter_task_queryrefund_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询任务类工单是否退款 — calls TOP method `tmall.servicecenter.task.queryrefund`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterTaskQueryrefund(
  client: TopClient,
  request: TmallServicecenterTaskQueryrefundRequest,
  options?: CallOptions,
): Promise<TmallServicecenterTaskQueryrefundResponse> {
  return client.call<TmallServicecenterTaskQueryrefundResponse>(
    {
      method: 'tmall.servicecenter.task.queryrefund',
      responseRoot: 'tmall_servicecenter_task_queryrefund_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
