// Generated from specs/alicom/alibaba.wtt.user.regioninfo.byip.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.wtt.user.regioninfo.byip.get` (根据ip获取省市信息). */
export interface AlibabaWttUserRegioninfoByipGetRequest {
  /** ip地址 */
  ip: string;
}

/** Response of `alibaba.wtt.user.regioninfo.byip.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaWttUserRegioninfoByipGetResponse {
  /** 地址信息 */
  model?: AlibabaWttUserRegioninfoByipGetRegionInfo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RegionInfo` of `alibaba.wtt.user.regioninfo.byip.get`. */
export interface AlibabaWttUserRegioninfoByipGetRegionInfo {
  /** 城市 */
  city?: string;
  /** 城市id */
  city_id?: string;
  /** 省份id */
  prov_id?: string;
  /** 省份 */
  province?: string;
}

const REQUEST_SCHEMA = {
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: {
    city: 'String',
    city_id: 'String',
    prov_id: 'String',
    province: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.wtt.user.regioninfo.byip.get`: method, response root, request and response schemas. */
export const alibabaWttUserRegioninfoByipGetOperation = {
  method: 'alibaba.wtt.user.regioninfo.byip.get',
  responseRoot: 'alibaba_wtt_user_regioninfo_byip_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据ip获取省市信息 — calls TOP method `alibaba.wtt.user.regioninfo.byip.get`.
 *
 * 通过ip获取省市信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaWttUserRegioninfoByipGet(
  client: TopClient,
  request: AlibabaWttUserRegioninfoByipGetRequest,
  options?: CallOptions,
): Promise<AlibabaWttUserRegioninfoByipGetResponse> {
  return client.call<AlibabaWttUserRegioninfoByipGetResponse>(
    {
      method: 'alibaba.wtt.user.regioninfo.byip.get',
      responseRoot: 'alibaba_wtt_user_regioninfo_byip_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
