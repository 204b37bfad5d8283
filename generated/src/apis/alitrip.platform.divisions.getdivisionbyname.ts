// Generated from specs/alitripdivisions/alitrip.platform.divisions.getdivisionbyname.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.platform.divisions.getdivisionbyname` (根据中文名称与行政区划级别查询行政区划数据). */
export interface AlitripPlatformDivisionsGetdivisionbynameRequest {
  /** 行政区划名称 */
  name?: string;
  /** 行政区划级别ALL(0, "全部"), CONTINENT(1, "大洲"), COUNTRY(2, "国家"), PROVINCE(3, "省份"), CITY(4, "城市"), DISTRICT(5, "区县"), STREET(6, "街道") */
  level?: Int64Input;
}

/** Response of `alitrip.platform.divisions.getdivisionbyname`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPlatformDivisionsGetdivisionbynameResponse {
  /** result */
  results?: (string | Record<string, unknown>)[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  name: 'String',
  level: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  results: ['Json'],
} as const satisfies ObjectSchema;

/** Static description of `alitrip.platform.divisions.getdivisionbyname`: method, response root, request and response schemas. */
export const alitripPlatformDivisionsGetdivisionbynameOperation = {
  method: 'alitrip.platform.divisions.getdivisionbyname',
  responseRoot: 'alitrip_platform_divisions_getdivisionbyname_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据中文名称与行政区划级别查询行政区划数据 — calls TOP method `alitrip.platform.divisions.getdivisionbyname`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPlatformDivisionsGetdivisionbyname(
  client: TopClient,
  request: AlitripPlatformDivisionsGetdivisionbynameRequest = {},
  options?: CallOptions,
): Promise<AlitripPlatformDivisionsGetdivisionbynameResponse> {
  return client.call<AlitripPlatformDivisionsGetdivisionbynameResponse>(
    {
      method: 'alitrip.platform.divisions.getdivisionbyname',
      responseRoot: 'alitrip_platform_divisions_getdivisionbyname_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
