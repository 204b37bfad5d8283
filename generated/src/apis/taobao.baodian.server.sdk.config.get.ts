// Generated from specs/baodian/taobao.baodian.server.sdk.config.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.baodian.server.sdk.config.get` (获取宝点SDK的配置项（已迁移）). */
export interface TaobaoBaodianServerSdkConfigGetRequest {
  /** appKey */
  appkey?: string;
  /** 渠道 */
  channel?: string;
  /** sdk版本号 */
  sdk_ver?: string;
  /** 与后端约定 */
  type?: Int64Input;
}

/** Response of `taobao.baodian.server.sdk.config.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoBaodianServerSdkConfigGetResponse {
  /** 返回sdk配置的字符串 */
  result?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  appkey: 'String',
  channel: 'String',
  sdk_ver: 'String',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `taobao.baodian.server.sdk.config.get`: method, response root, request and response schemas. */
export const taobaoBaodianServerSdkConfigGetOperation = {
  method: 'taobao.baodian.server.sdk.config.get',
  responseRoot: 'baodian_server_sdk_config_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取宝点SDK的配置项（已迁移） — calls TOP method `taobao.baodian.server.sdk.config.get`.
 *
 * 获取SDK各种配置项（已迁移）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoBaodianServerSdkConfigGet(
  client: TopClient,
  request: TaobaoBaodianServerSdkConfigGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoBaodianServerSdkConfigGetResponse> {
  return client.call<TaobaoBaodianServerSdkConfigGetResponse>(
    {
      method: 'taobao.baodian.server.sdk.config.get',
      responseRoot: 'baodian_server_sdk_config_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
