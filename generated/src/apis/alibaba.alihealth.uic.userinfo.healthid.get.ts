// Generated from specs/alihealthcrm/alibaba.alihealth.uic.userinfo.healthid.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihealth.uic.userinfo.healthid.get` (获取健康id). */
export interface AlibabaAlihealthUicUserinfoHealthidGetRequest {
  /** 支付宝用户ID */
  alipay_user_id: string;
}

/** Response of `alibaba.alihealth.uic.userinfo.healthid.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihealthUicUserinfoHealthidGetResponse {
  /** 和三方交互最外层model对象 */
  result?: AlibabaAlihealthUicUserinfoHealthidGetTopResultModel;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopResultModel` of `alibaba.alihealth.uic.userinfo.healthid.get`. */
export interface AlibabaAlihealthUicUserinfoHealthidGetTopResultModel {
  /** 健康ID */
  model?: Int64;
  /** 操作码 */
  msg_code?: string;
  /** 操作说明 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  alipay_user_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: 'Number',
    msg_code: 'String',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihealth.uic.userinfo.healthid.get`: method, response root, request and response schemas. */
export const alibabaAlihealthUicUserinfoHealthidGetOperation = {
  method: 'alibaba.alihealth.uic.userinfo.healthid.get',
  responseRoot: 'alibaba_alihealth_uic_userinfo_healthid_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取健康id — calls TOP method `alibaba.alihealth.uic.userinfo.healthid.get`.
 *
 * 根据支付宝用户ID获取用户健康ID
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihealthUicUserinfoHealthidGet(
  client: TopClient,
  request: AlibabaAlihealthUicUserinfoHealthidGetRequest,
  options?: CallOptions,
): Promise<AlibabaAlihealthUicUserinfoHealthidGetResponse> {
  return client.call<AlibabaAlihealthUicUserinfoHealthidGetResponse>(
    {
      method: 'alibaba.alihealth.uic.userinfo.healthid.get',
      responseRoot: 'alibaba_alihealth_uic_userinfo_healthid_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
