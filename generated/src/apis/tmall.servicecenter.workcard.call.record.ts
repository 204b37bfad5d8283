// Generated from specs/tmallservice/tmall.servicecenter.workcard.call.record.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.workcard.call.record` (回访记录回传API). */
export interface TmallServicecenterWorkcardCallRecordRequest {
  /** 请求入参 */
  busi_request: TmallServicecenterWorkcardCallRecordUpdateAttributeRequestInput;
}

/** Response of `tmall.servicecenter.workcard.call.record`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterWorkcardCallRecordResponse {
  /** 返回结果 */
  result?: TmallServicecenterWorkcardCallRecordFulfilplatformResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UpdateAttributeRequest` of `tmall.servicecenter.workcard.call.record`. */
export interface TmallServicecenterWorkcardCallRecordUpdateAttributeRequestInput {
  /** 服务回访记录信息 */
  call_record: string;
  /** 请求来源 */
  request_source: TmallServicecenterWorkcardCallRecordWorkcardRequestSourceInput;
  /** 工单ID */
  workcard_id?: Int64Input;
}

/** `WorkcardRequestSource` of `tmall.servicecenter.workcard.call.record`. */
export interface TmallServicecenterWorkcardCallRecordWorkcardRequestSourceInput {
  /** 入驻服务平台淘宝账号 */
  real_tp_nick?: string;
}

/** `FulfilplatformResult` of `tmall.servicecenter.workcard.call.record`. */
export interface TmallServicecenterWorkcardCallRecordFulfilplatformResult {
  /** 处理结果 true 成功 false 失败 */
  success?: boolean;
  /** 错误表述 */
  msg_info?: string;
  /** 错误码 */
  msg_code?: string;
  /** 通话记录ID */
  result_data?: Int64;
}

const REQUEST_SCHEMA = {
  busi_request: {
    call_record: 'String',
    request_source: {
      real_tp_nick: 'String',
    },
    workcard_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg_info: 'String',
    msg_code: 'String',
    result_data: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.workcard.call.record`: method, response root, request and response schemas. */
export const tmallServicecenterWorkcardCallRecordOperation = {
  method: 'tmall.servicecenter.workcard.call.record',
  responseRoot: 'tmall_servicecenter_workcard_call_record_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 回访记录回传API — calls TOP method `tmall.servicecenter.workcard.call.record`.
 *
 * 客满回访信息登记
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterWorkcardCallRecord(
  client: TopClient,
  request: TmallServicecenterWorkcardCallRecordRequest,
  options?: CallOptions,
): Promise<TmallServicecenterWorkcardCallRecordResponse> {
  return client.call<TmallServicecenterWorkcardCallRecordResponse>(
    {
      method: 'tmall.servicecenter.workcard.call.record',
      responseRoot: 'tmall_servicecenter_workcard_call_record_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
