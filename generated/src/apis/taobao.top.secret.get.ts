// Generated from specs/util/taobao.top.secret.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.top.secret.get` (获取TOP通道解密秘钥). */
export interface TaobaoTopSecretGetRequest {
  /** 秘钥版本号 */
  secret_version?: Int64Input;
  /** 伪随机数 */
  random_num: string;
  /** 自定义用户id */
  customer_user_id?: Int64Input;
}

/** Response of `taobao.top.secret.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTopSecretGetResponse {
  /** 下次更新秘钥间隔，单位（秒） */
  interval?: Int64;
  /** 最长有效期，容灾使用，单位（秒） */
  max_interval?: Int64;
  /** 秘钥值 */
  secret?: string;
  /** 秘钥版本号 */
  secret_version?: Int64;
  /** app配置信息 */
  app_config?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  secret_version: 'Number',
  random_num: 'String',
  customer_user_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  interval: 'Number',
  max_interval: 'Number',
  secret: 'String',
  secret_version: 'Number',
  app_config: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.top.secret.get`: method, response root, request and response schemas. */
export const taobaoTopSecretGetOperation = {
  method: 'taobao.top.secret.get',
  responseRoot: 'top_secret_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取TOP通道解密秘钥 — calls TOP method `taobao.top.secret.get`.
 *
 * top sdk通过api获取对应解密秘钥
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTopSecretGet(
  client: TopClient,
  request: TaobaoTopSecretGetRequest,
  options?: CallOptions,
): Promise<TaobaoTopSecretGetResponse> {
  return client.call<TaobaoTopSecretGetResponse>(
    {
      method: 'taobao.top.secret.get',
      responseRoot: 'top_secret_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
