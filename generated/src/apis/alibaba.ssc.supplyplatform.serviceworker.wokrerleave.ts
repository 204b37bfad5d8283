// Generated from specs/tmallservice/alibaba.ssc.supplyplatform.serviceworker.wokrerleave.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ssc.supplyplatform.serviceworker.wokrerleave` (工人请假). */
export interface AlibabaSscSupplyplatformServiceworkerWokrerleaveRequest {
  /**
   * 开始和结束时间
   *
   * Max list size: 999
   */
  leave_begin_and_end_array?: string[];
  /** 请假原因 */
  reason?: string;
  /** 身份证号 */
  identity_number?: string;
}

/** Response of `alibaba.ssc.supplyplatform.serviceworker.wokrerleave`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaSscSupplyplatformServiceworkerWokrerleaveResponse {
  /** 接口返回model */
  result?: AlibabaSscSupplyplatformServiceworkerWokrerleaveResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ssc.supplyplatform.serviceworker.wokrerleave`. */
export interface AlibabaSscSupplyplatformServiceworkerWokrerleaveResult {
  /** 对外展示的错误信息 */
  display_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  leave_begin_and_end_array: ['String'],
  reason: 'String',
  identity_number: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    display_msg: 'String',
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ssc.supplyplatform.serviceworker.wokrerleave`: method, response root, request and response schemas. */
export const alibabaSscSupplyplatformServiceworkerWokrerleaveOperation = {
  method: 'alibaba.ssc.supplyplatform.serviceworker.wokrerleave',
  responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_wokrerleave_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 工人请假 — calls TOP method `alibaba.ssc.supplyplatform.serviceworker.wokrerleave`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaSscSupplyplatformServiceworkerWokrerleave(
  client: TopClient,
  request: AlibabaSscSupplyplatformServiceworkerWokrerleaveRequest = {},
  options?: CallOptions,
): Promise<AlibabaSscSupplyplatformServiceworkerWokrerleaveResponse> {
  return client.call<AlibabaSscSupplyplatformServiceworkerWokrerleaveResponse>(
    {
      method: 'alibaba.ssc.supplyplatform.serviceworker.wokrerleave',
      responseRoot: 'alibaba_ssc_supplyplatform_serviceworker_wokrerleave_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
