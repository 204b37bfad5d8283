// Generated from specs/tmallgenie/alibaba.ailabs.tmallgenie.third.telecom.pushrender.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.tmallgenie.third.telecom.pushrender` (电信-推送拉起设备应用). */
export interface AlibabaAilabsTmallgenieThirdTelecomPushrenderRequest {
  /** ctei */
  ctei: string;
  /** 拉起端上应用/服务的url */
  url: string;
  /** 额外传递的参数 */
  params?: string | Record<string, unknown>;
  /** 应用拉起方式 */
  model?: string;
}

/** Response of `alibaba.ailabs.tmallgenie.third.telecom.pushrender`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsTmallgenieThirdTelecomPushrenderResponse {
  /** 响应结果 */
  result?: AlibabaAilabsTmallgenieThirdTelecomPushrenderResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.ailabs.tmallgenie.third.telecom.pushrender`. */
export interface AlibabaAilabsTmallgenieThirdTelecomPushrenderResult {
  /** 状态码 */
  result_code?: Int64;
  /** 结果信息 */
  result_message?: string;
  /** 结果值 */
  data?: boolean;
}

const REQUEST_SCHEMA = {
  ctei: 'String',
  url: 'String',
  params: 'Json',
  model: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_code: 'Number',
    result_message: 'String',
    data: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.tmallgenie.third.telecom.pushrender`: method, response root, request and response schemas. */
export const alibabaAilabsTmallgenieThirdTelecomPushrenderOperation = {
  method: 'alibaba.ailabs.tmallgenie.third.telecom.pushrender',
  responseRoot: 'alibaba_ailabs_tmallgenie_third_telecom_pushrender_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 电信-推送拉起设备应用 — calls TOP method `alibaba.ailabs.tmallgenie.third.telecom.pushrender`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsTmallgenieThirdTelecomPushrender(
  client: TopClient,
  request: AlibabaAilabsTmallgenieThirdTelecomPushrenderRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsTmallgenieThirdTelecomPushrenderResponse> {
  return client.call<AlibabaAilabsTmallgenieThirdTelecomPushrenderResponse>(
    {
      method: 'alibaba.ailabs.tmallgenie.third.telecom.pushrender',
      responseRoot: 'alibaba_ailabs_tmallgenie_third_telecom_pushrender_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
