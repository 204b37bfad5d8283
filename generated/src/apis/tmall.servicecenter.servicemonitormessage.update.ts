// Generated from specs/tmallservice/tmall.servicecenter.servicemonitormessage.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.servicecenter.servicemonitormessage.update` (服务商更新预警消息状态). */
export interface TmallServicecenterServicemonitormessageUpdateRequest {
  /** 预警消息id */
  service_monitor_message_id: Int64Input;
  /** 预警处理备注 */
  memo?: string;
  /** 可更新状态：3、已读 */
  status: Int64Input;
}

/** Response of `tmall.servicecenter.servicemonitormessage.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallServicecenterServicemonitormessageUpdateResponse {
  /** result */
  result?: TmallServicecenterServicemonitormessageUpdateResultBase;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultBase` of `tmall.servicecenter.servicemonitormessage.update`. */
export interface TmallServicecenterServicemonitormessageUpdateResultBase {
  /** gmtModified */
  gmt_modified?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** errorCode */
  error_code?: Int64;
  /** value */
  value?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  service_monitor_message_id: 'Number',
  memo: 'String',
  status: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_modified: 'Date',
    gmt_create: 'Date',
    error_code: 'Number',
    value: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.servicecenter.servicemonitormessage.update`: method, response root, request and response schemas. */
export const tmallServicecenterServicemonitormessageUpdateOperation = {
  method: 'tmall.servicecenter.servicemonitormessage.update',
  responseRoot: 'tmall_servicecenter_servicemonitormessage_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 服务商更新预警消息状态 — calls TOP method `tmall.servicecenter.servicemonitormessage.update`.
 *
 * 服务商收到预警后，需要进行回复已读状态，并可填写备注
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallServicecenterServicemonitormessageUpdate(
  client: TopClient,
  request: TmallServicecenterServicemonitormessageUpdateRequest,
  options?: CallOptions,
): Promise<TmallServicecenterServicemonitormessageUpdateResponse> {
  return client.call<TmallServicecenterServicemonitormessageUpdateResponse>(
    {
      method: 'tmall.servicecenter.servicemonitormessage.update',
      responseRoot: 'tmall_servicecenter_servicemonitormessage_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
