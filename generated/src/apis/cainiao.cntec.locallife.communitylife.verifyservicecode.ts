// Generated from specs/cainiaocntec/cainiao.cntec.locallife.communitylife.verifyservicecode.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.cntec.locallife.communitylife.verifyservicecode` (验证码验证). */
export interface CainiaoCntecLocallifeCommunitylifeVerifyservicecodeRequest {
  /** 订单id */
  order_no: string;
  /** 扩展信息Json格式 */
  feature?: string;
  /** 服务码 */
  service_code: string;
}

/** Response of `cainiao.cntec.locallife.communitylife.verifyservicecode`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoCntecLocallifeCommunitylifeVerifyservicecodeResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** 错误码 */
  e_code?: string;
  /** model */
  model?: string;
  /** 错误信息 */
  e_msg?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  order_no: 'String',
  feature: 'String',
  service_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
  e_code: 'String',
  model: 'String',
  e_msg: 'String',
} as const satisfies ObjectSchema;

/** Static description of `cainiao.cntec.locallife.communitylife.verifyservicecode`: method, response root, request and response schemas. */
export const cainiaoCntecLocallifeCommunitylifeVerifyservicecodeOperation = {
  method: 'cainiao.cntec.locallife.communitylife.verifyservicecode',
  responseRoot: 'cainiao_cntec_locallife_communitylife_verifyservicecode_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 验证码验证 — calls TOP method `cainiao.cntec.locallife.communitylife.verifyservicecode`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoCntecLocallifeCommunitylifeVerifyservicecode(
  client: TopClient,
  request: CainiaoCntecLocallifeCommunitylifeVerifyservicecodeRequest,
  options?: CallOptions,
): Promise<CainiaoCntecLocallifeCommunitylifeVerifyservicecodeResponse> {
  return client.call<CainiaoCntecLocallifeCommunitylifeVerifyservicecodeResponse>(
    {
      method: 'cainiao.cntec.locallife.communitylife.verifyservicecode',
      responseRoot: 'cainiao_cntec_locallife_communitylife_verifyservicecode_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
