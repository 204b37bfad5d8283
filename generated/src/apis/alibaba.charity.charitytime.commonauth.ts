// Generated from specs/charity/alibaba.charity.charitytime.commonauth.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.charity.charitytime.commonauth` (通用授权). */
export interface AlibabaCharityCharitytimeCommonauthRequest {
  /** 请求对象 */
  jump_address_hsf_request?: AlibabaCharityCharitytimeCommonauthJumpAddressHsfRequestInput;
}

/** Response of `alibaba.charity.charitytime.commonauth`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCharityCharitytimeCommonauthResponse {
  /** 结果 */
  result?: AlibabaCharityCharitytimeCommonauthCsrResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `JumpAddressHsfRequest` of `alibaba.charity.charitytime.commonauth`. */
export interface AlibabaCharityCharitytimeCommonauthJumpAddressHsfRequestInput {
  /** 三方用户昵称，建议脱敏 */
  user_nick: string;
  /** appKey */
  app_key: string;
  /** 三方用户id */
  user_key: string;
  /** 跳转平台的类型，会生成不同平台的uri ALIPAY：支付宝 OTHER:其他 */
  platform?: string;
}

/** `CsrResult` of `alibaba.charity.charitytime.commonauth`. */
export interface AlibabaCharityCharitytimeCommonauthCsrResult {
  /** 接口响应消息 */
  msg?: string;
  /** 状态码：200表示正常，非200表示异常 */
  code?: Int64;
  /** 公益时授权链接结果 */
  data?: AlibabaCharityCharitytimeCommonauthJumpAddressHsfResponse;
}

/** `JumpAddressHsfResponse` of `alibaba.charity.charitytime.commonauth`. */
export interface AlibabaCharityCharitytimeCommonauthJumpAddressHsfResponse {
  /** 跳转地址 */
  jump_url?: string;
}

const REQUEST_SCHEMA = {
  jump_address_hsf_request: {
    user_nick: 'String',
    app_key: 'String',
    user_key: 'String',
    platform: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg: 'String',
    code: 'Number',
    data: {
      jump_url: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.charity.charitytime.commonauth`: method, response root, request and response schemas. */
export const alibabaCharityCharitytimeCommonauthOperation = {
  method: 'alibaba.charity.charitytime.commonauth',
  responseRoot: 'alibaba_charity_charitytime_commonauth_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通用授权 — calls TOP method `alibaba.charity.charitytime.commonauth`.
 *
 * 三小时和外部账号绑定通用top 返回跳转链接进行绑定
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCharityCharitytimeCommonauth(
  client: TopClient,
  request: AlibabaCharityCharitytimeCommonauthRequest = {},
  options?: CallOptions,
): Promise<AlibabaCharityCharitytimeCommonauthResponse> {
  return client.call<AlibabaCharityCharitytimeCommonauthResponse>(
    {
      method: 'alibaba.charity.charitytime.commonauth',
      responseRoot: 'alibaba_charity_charitytime_commonauth_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
