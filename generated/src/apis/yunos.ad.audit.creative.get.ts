// Generated from specs/yunosad/yunos.ad.audit.creative.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.ad.audit.creative.get` (获取单个创意审核状态). */
export interface YunosAdAuditCreativeGetRequest {
  /** 第三方的dspId */
  member_id: Int64Input;
  /** 第三方广告创意id */
  creative_id: string;
}

/** Response of `yunos.ad.audit.creative.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAdAuditCreativeGetResponse {
  /** 错误信息 */
  message?: string;
  /** 状态 */
  status_code?: Int64;
  /** 是否成功 */
  is_ok?: boolean;
  /** 审核结果 */
  result?: YunosAdAuditCreativeGetCreativeAuditDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeAuditDto` of `yunos.ad.audit.creative.get`. */
export interface YunosAdAuditCreativeGetCreativeAuditDto {
  /** 广告创意id */
  creative_id?: string;
  /** 是否审核通过，WAITING等待审核，PASS通过，REFUSE拒绝 */
  status?: string;
  /** 创意级别 */
  level?: Int64;
  /** 拒绝原因 */
  refuse_cause?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  creative_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
  is_ok: 'Boolean',
  result: {
    creative_id: 'String',
    status: 'String',
    level: 'Number',
    refuse_cause: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.ad.audit.creative.get`: method, response root, request and response schemas. */
export const yunosAdAuditCreativeGetOperation = {
  method: 'yunos.ad.audit.creative.get',
  responseRoot: 'yunos_ad_audit_creative_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单个创意审核状态 — calls TOP method `yunos.ad.audit.creative.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAdAuditCreativeGet(
  client: TopClient,
  request: YunosAdAuditCreativeGetRequest,
  options?: CallOptions,
): Promise<YunosAdAuditCreativeGetResponse> {
  return client.call<YunosAdAuditCreativeGetResponse>(
    {
      method: 'yunos.ad.audit.creative.get',
      responseRoot: 'yunos_ad_audit_creative_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
