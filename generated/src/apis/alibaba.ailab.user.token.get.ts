// Generated from specs/alilabs/alibaba.ailab.user.token.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailab.user.token.get` (三方账号获取 token). */
export interface AlibabaAilabUserTokenGetRequest {
  /** 三方用户的唯一ID */
  merchant_user_id?: string;
  /** 开放平台申请的schema */
  schema_key?: string;
  /** 用户点击同意授权，则会有授权结果：success/fail，此结果通过 callBackUrl 回调给三方 如果授权账号重复授权给已授权的淘宝账号，幂等返回成功 url 的调用是 表单 post 的方式， request body success example: merchantUserId=xxx&result=success request body fail example: merchantUserId=xxx&result=fail */
  call_back_url?: string;
}

/** Response of `alibaba.ailab.user.token.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabUserTokenGetResponse {
  /** message */
  message?: string;
  /** statusCode */
  status_code?: Int64;
  /** 随机 uuid，token 在5分钟后失效，token 在授权成功后失效；建议每次调用 api 获取最新 token */
  token?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  merchant_user_id: 'String',
  schema_key: 'String',
  call_back_url: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  message: 'String',
  status_code: 'Number',
  token: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailab.user.token.get`: method, response root, request and response schemas. */
export const alibabaAilabUserTokenGetOperation = {
  method: 'alibaba.ailab.user.token.get',
  responseRoot: 'alibaba_ailab_user_token_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 三方账号获取 token — calls TOP method `alibaba.ailab.user.token.get`.
 *
 * inside 设备的三方 app，通过 extId、schema 生成 token
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabUserTokenGet(
  client: TopClient,
  request: AlibabaAilabUserTokenGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaAilabUserTokenGetResponse> {
  return client.call<AlibabaAilabUserTokenGetResponse>(
    {
      method: 'alibaba.ailab.user.token.get',
      responseRoot: 'alibaba_ailab_user_token_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
