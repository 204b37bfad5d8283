// Generated from specs/yunosad/yunos.ad.audit.creative.getlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.ad.audit.creative.getlist` (批量获取创意审核状态). */
export interface YunosAdAuditCreativeGetlistRequest {
  /** 第三方DSP的id */
  member_id: Int64Input;
  /** 状态 */
  status?: string;
  /**
   * 创意列表
   *
   * Max list size: 500
   */
  creative_ids: string[];
}

/** Response of `yunos.ad.audit.creative.getlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAdAuditCreativeGetlistResponse {
  /** message */
  message?: string;
  /** errorCode */
  status_code?: Int64;
  /** isOk */
  is_ok?: string;
  /** result */
  results?: YunosAdAuditCreativeGetlistCreativeAuditDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeAuditDto` of `yunos.ad.audit.creative.getlist`. */
export interface YunosAdAuditCreativeGetlistCreativeAuditDto {
  /** creativeId */
  creative_id?: string;
  /** status */
  status?: string;
  /** level */
  level?: Int64;
  /** refuseCause */
  refuse_cause?: string;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  status: 'String',
  creative_ids: ['String'],
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
  is_ok: 'String',
  results: [
    {
      creative_id: 'String',
      status: 'String',
      level: 'Number',
      refuse_cause: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `yunos.ad.audit.creative.getlist`: method, response root, request and response schemas. */
export const yunosAdAuditCreativeGetlistOperation = {
  method: 'yunos.ad.audit.creative.getlist',
  responseRoot: 'yunos_ad_audit_creative_getlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量获取创意审核状态 — calls TOP method `yunos.ad.audit.creative.getlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAdAuditCreativeGetlist(
  client: TopClient,
  request: YunosAdAuditCreativeGetlistRequest,
  options?: CallOptions,
): Promise<YunosAdAuditCreativeGetlistResponse> {
  return client.call<YunosAdAuditCreativeGetlistResponse>(
    {
      method: 'yunos.ad.audit.creative.getlist',
      responseRoot: 'yunos_ad_audit_creative_getlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
