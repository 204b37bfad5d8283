// Generated from specs/tanx/taobao.tanx.audit.creative.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tanx.audit.creative.modify` (创意修改接口). */
export interface TaobaoTanxAuditCreativeModifyRequest {
  /** DSP用户ID */
  member_id: Int64Input;
  /** dsp用户身份认证的TOKEN */
  token: string;
  /** 当前时间戳，1970-01-01后的秒数 */
  sign_time: Int64Input;
}

/** Response of `taobao.tanx.audit.creative.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTanxAuditCreativeModifyResponse {
  /** 调用的成功信息或失败信息 */
  message?: string;
  /** 调用返回码 */
  tanx_error_code?: Int64;
  /** 是否成功 */
  is_ok?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  token: 'String',
  sign_time: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  tanx_error_code: 'Number',
  is_ok: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.tanx.audit.creative.modify`: method, response root, request and response schemas. */
export const taobaoTanxAuditCreativeModifyOperation = {
  method: 'taobao.tanx.audit.creative.modify',
  responseRoot: 'tanx_audit_creative_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创意修改接口 — calls TOP method `taobao.tanx.audit.creative.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTanxAuditCreativeModify(
  client: TopClient,
  request: TaobaoTanxAuditCreativeModifyRequest,
  options?: CallOptions,
): Promise<TaobaoTanxAuditCreativeModifyResponse> {
  return client.call<TaobaoTanxAuditCreativeModifyResponse>(
    {
      method: 'taobao.tanx.audit.creative.modify',
      responseRoot: 'tanx_audit_creative_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
