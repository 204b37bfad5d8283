// Generated from specs/wdk/alibaba.wdk.member.qrcode.identify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wdk.member.qrcode.identify` (扫码识别会员接口). */
export interface AlibabaWdkMemberQrcodeIdentifyRequest {
  /** 付款码 */
  qr_code: string;
}

/** Response of `alibaba.wdk.member.qrcode.identify`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWdkMemberQrcodeIdentifyResponse {
  /** result */
  result?: AlibabaWdkMemberQrcodeIdentifyMtopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `MtopResult` of `alibaba.wdk.member.qrcode.identify`. */
export interface AlibabaWdkMemberQrcodeIdentifyMtopResult {
  /** model */
  model?: AlibabaWdkMemberQrcodeIdentifyMemberInfoDto;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** success */
  success?: boolean;
}

/** `MemberInfoDto` of `alibaba.wdk.member.qrcode.identify`. */
export interface AlibabaWdkMemberQrcodeIdentifyMemberInfoDto {
  /** 淘宝用户昵称 */
  nick?: string;
  /** 对应淘宝账号的OpenUID */
  uic_id?: string;
}

const REQUEST_SCHEMA = {
  qr_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    model: {
      nick: 'String',
      uic_id: 'String',
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wdk.member.qrcode.identify`: method, response root, request and response schemas. */
export const alibabaWdkMemberQrcodeIdentifyOperation = {
  method: 'alibaba.wdk.member.qrcode.identify',
  responseRoot: 'alibaba_wdk_member_qrcode_identify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 扫码识别会员接口 — calls TOP method `alibaba.wdk.member.qrcode.identify`.
 *
 * 根据用户输入的付款码（支付宝、盒马、淘宝）、商家等信息，查询当前用户的基本信息及对应会员卡信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWdkMemberQrcodeIdentify(
  client: TopClient,
  request: AlibabaWdkMemberQrcodeIdentifyRequest,
  options?: CallOptions,
): Promise<AlibabaWdkMemberQrcodeIdentifyResponse> {
  return client.call<AlibabaWdkMemberQrcodeIdentifyResponse>(
    {
      method: 'alibaba.wdk.member.qrcode.identify',
      responseRoot: 'alibaba_wdk_member_qrcode_identify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
