// Generated from specs/tvupadmin/yunos.tvpubadmin.device.models.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvpubadmin.device.models` (获取品牌下设备列表). */
export interface YunosTvpubadminDeviceModelsRequest {
  /** 牌照方 */
  license: Int64Input;
  /** 品牌ID */
  brand_id: Int64Input;
  /** 终端类型 */
  terminal_type: string;
}

/** Response of `yunos.tvpubadmin.device.models`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvpubadminDeviceModelsResponse {
  /** object */
  model_list?: string[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  license: 'Number',
  brand_id: 'Number',
  terminal_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model_list: ['String'],
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvpubadmin.device.models`: method, response root, request and response schemas. */
export const yunosTvpubadminDeviceModelsOperation = {
  method: 'yunos.tvpubadmin.device.models',
  responseRoot: 'yunos_tvpubadmin_device_models_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取品牌下设备列表 — calls TOP method `yunos.tvpubadmin.device.models`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvpubadminDeviceModels(
  client: TopClient,
  request: YunosTvpubadminDeviceModelsRequest,
  options?: CallOptions,
): Promise<YunosTvpubadminDeviceModelsResponse> {
  return client.call<YunosTvpubadminDeviceModelsResponse>(
    {
      method: 'yunos.tvpubadmin.device.models',
      responseRoot: 'yunos_tvpubadmin_device_models_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
