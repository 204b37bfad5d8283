// Generated from specs/yunosad/yunos.ad.audit.creative.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.ad.audit.creative.add` (单个创意预审接口). */
export interface YunosAdAuditCreativeAddRequest {
  /** 外部dsp的id */
  member_id: Int64Input;
  /** 创意审核入参 */
  creative: YunosAdAuditCreativeAddCreativeParamDtoInput;
}

/** Response of `yunos.ad.audit.creative.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosAdAuditCreativeAddResponse {
  /** message */
  message?: string;
  /** statusCode */
  status_code?: Int64;
  /** isOk */
  is_ok?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CreativeParamDto` of `yunos.ad.audit.creative.add`. */
export interface YunosAdAuditCreativeAddCreativeParamDtoInput {
  /** 外部创意id */
  creative_id: string;
  /** 外部创意名称 */
  name: string;
  /** 创意模板id */
  creative_template_id: Int64Input;
  /** 创意标题 */
  creative_title: string;
  /** 创意内容 */
  creative_text: string[];
  /** 创意图片 */
  creative_image_url?: string[];
  /** 图标 */
  creative_icon_url?: string[];
  /** 落地页地址 */
  landing_url?: string;
  /** 类型 */
  action_type: string;
  /** 广告尺寸大小 */
  size_code?: string;
  /** 创意类型 */
  creative_type: Int64Input;
}

const REQUEST_SCHEMA = {
  member_id: 'Number',
  creative: {
    creative_id: 'String',
    name: 'String',
    creative_template_id: 'Number',
    creative_title: 'String',
    creative_text: ['String'],
    creative_image_url: ['String'],
    creative_icon_url: ['String'],
    landing_url: 'String',
    action_type: 'String',
    size_code: 'String',
    creative_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
  is_ok: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `yunos.ad.audit.creative.add`: method, response root, request and response schemas. */
export const yunosAdAuditCreativeAddOperation = {
  method: 'yunos.ad.audit.creative.add',
  responseRoot: 'yunos_ad_audit_creative_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 单个创意预审接口 — calls TOP method `yunos.ad.audit.creative.add`.
 *
 * YunOS广告业务第三方DSP单个创意预审接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosAdAuditCreativeAdd(
  client: TopClient,
  request: YunosAdAuditCreativeAddRequest,
  options?: CallOptions,
): Promise<YunosAdAuditCreativeAddResponse> {
  return client.call<YunosAdAuditCreativeAddResponse>(
    {
      method: 'yunos.ad.audit.creative.add',
      responseRoot: 'yunos_ad_audit_creative_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
