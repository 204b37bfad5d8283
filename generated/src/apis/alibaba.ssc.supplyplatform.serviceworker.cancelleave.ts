// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.serviceworker.cancelleave.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.serviceworker.cancelleave` (工人取消请假). */
export interface AlibabaSscSupplyplatformServiceworkerCancelleaveRequest {
  /**
   * 时间段
   *
   * Max list size: 999
   */
  leave_begin_and_end_list?: string[];
  /** 身份证号 */
  identity_number?: string;
}

/** Response of `alibaba.ssc.supplyplatform.serviceworker.cancelleave`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceworkerCancelleaveResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceworkerCancelleaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.serviceworker.cancelleave`. */
export interface AlibabaSscSupplyplatformServiceworkerCancelleaveResult {
  /** 错误码 */
  display_code?: string;
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 是否成功 */
  is_success?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  leave_begin_and_end_list: ['String'],
  identity_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_code: 'String',
    display_msg: 'String',
    is_success: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.serviceworker.cancelleave`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceworkerCancelleaveOperation = {
  method: 'alibaba.ssc.supplyplatform.serviceworker.cancelleave',
  responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_cancelleave_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工人取消请假 — calls TOP method `alibaba.ssc.supplyplatform.serviceworker.cancelleave`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceworkerCancelleave(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceworkerCancelleaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceworkerCancelleaveResponse> {
  return client.call<AlibabaSscSupplyplatformServiceworkerCancelleaveResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.serviceworker.cancelleave',
      responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_cancelleave_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
