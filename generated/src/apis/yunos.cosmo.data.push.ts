// Generated from specs/yunos/yunos.cosmo.data.push.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.cosmo.data.push` (COSMO-PUSH模式数据接入). */
export interface YunosCosmoDataPushRequest {
  /** 业务方数据源唯一标识，由COSMO平台颁发 */
  app_id: string;
  /** 业务方推送数据，List结构的JSON序列化字符串 */
  json_model: string;
}

/** Response of `yunos.cosmo.data.push`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosCosmoDataPushResponse {
  /** result */
  result?: YunosCosmoDataPushDpResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DpResult` of `yunos.cosmo.data.push`. */
export interface YunosCosmoDataPushDpResult {
  /** code */
  code?: Int64;
  /** message */
  message?: string;
  /** success */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  app_id: 'String',
  json_model: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `yunos.cosmo.data.push`: method, response root, request and response schemas. */
export const yunosCosmoDataPushOperation = {
  method: 'yunos.cosmo.data.push',
  responseRoot: 'yunos_cosmo_data_push_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * COSMO-PUSH模式数据接入 — calls TOP method `yunos.cosmo.data.push`.
 *
 * YunOS提供外部数据源接入，并输出到多端设备上，该接口提供了PUSH模式的数据接入
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosCosmoDataPush(
  client: TopClient,
  request: YunosCosmoDataPushRequest,
  options?: CallOptions,
): Promise<YunosCosmoDataPushResponse> {
  return client.call<YunosCosmoDataPushResponse>(
    {
      method: 'yunos.cosmo.data.push',
      responseRoot: 'yunos_cosmo_data_push_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
