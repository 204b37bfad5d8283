// Generated from specs/tmc/alipay.xiaodai.user.permit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alipay.xiaodai.user.permit` (阿里金融用户授权). */
export interface AlipayXiaodaiUserPermitRequest {
  /** 用户数字ID */
  user_id: Int64Input;
}

/** Response of `alipay.xiaodai.user.permit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlipayXiaodaiUserPermitResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alipay.xiaodai.user.permit`: method, response root, request and response schemas. */
export const alipayXiaodaiUserPermitOperation = {
  method: 'alipay.xiaodai.user.permit',
  responseRoot: 'alipay_xiaodai_user_permit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 阿里金融用户授权 — calls TOP method `alipay.xiaodai.user.permit`.
 *
 * 阿里金融为用户开通消息通道接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alipayXiaodaiUserPermit(
  client: TopClient,
  request: AlipayXiaodaiUserPermitRequest,
  options?: CallOptions,
): Promise<AlipayXiaodaiUserPermitResponse> {
  return client.call<AlipayXiaodaiUserPermitResponse>(
    {
      method: 'alipay.xiaodai.user.permit',
      responseRoot: 'alipay_xiaodai_user_permit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
