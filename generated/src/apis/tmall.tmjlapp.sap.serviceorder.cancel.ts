// Generated from specs/tmallgenie/tmall.tmjlapp.sap.serviceorder.cancel.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.tmjlapp.sap.serviceorder.cancel` (取消售后服务单). */
export interface TmallTmjlappSapServiceorderCancelRequest {
  /** 取消服务单请求 */
  cancel_request?: TmallTmjlappSapServiceorderCancelDtcancelrequestInput;
}

/** Response of `tmall.tmjlapp.sap.serviceorder.cancel`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallTmjlappSapServiceorderCancelResponse {
  /** 取消服务单返回 */
  cancel_response?: TmallTmjlappSapServiceorderCancelDtcancelresponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Dtcancelrequest` of `tmall.tmjlapp.sap.serviceorder.cancel`. */
export interface TmallTmjlappSapServiceorderCancelDtcancelrequestInput {
  /** 服务单号 */
  zfwdh: string;
}

/** `Dtcancelresponse` of `tmall.tmjlapp.sap.serviceorder.cancel`. */
export interface TmallTmjlappSapServiceorderCancelDtcancelresponse {
  /** 返回消息 */
  return_message?: TmallTmjlappSapServiceorderCancelDtreturnmessage;
}

/** `Dtreturnmessage` of `tmall.tmjlapp.sap.serviceorder.cancel`. */
export interface TmallTmjlappSapServiceorderCancelDtreturnmessage {
  /** 标识 */
  type?: string;
  /** 消息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  cancel_request: {
    zfwdh: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  cancel_response: {
    return_message: {
      type: 'String',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.tmjlapp.sap.serviceorder.cancel`: method, response root, request and response schemas. */
export const tmallTmjlappSapServiceorderCancelOperation = {
  method: 'tmall.tmjlapp.sap.serviceorder.cancel',
  responseRoot: 'tmall_tmjlapp_sap_serviceorder_cancel_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取消售后服务单 — calls TOP method `tmall.tmjlapp.sap.serviceorder.cancel`.
 *
 * SAP跟天猫精灵app接口对接，用户在app取消sap售后服务工单
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallTmjlappSapServiceorderCancel(
  client: TopClient,
  request: TmallTmjlappSapServiceorderCancelRequest = {},
  options?: CallOptions,
): Promise<TmallTmjlappSapServiceorderCancelResponse> {
  return client.call<TmallTmjlappSapServiceorderCancelResponse>(
    {
      method: 'tmall.tmjlapp.sap.serviceorder.cancel',
      responseRoot: 'tmall_tmjlapp_sap_serviceorder_cancel_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
