// Generated from specs/ott/youku.ott.alicb.facadeservice.getdata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `youku.ott.alicb.facadeservice.getdata` (影视SDK获取设备能力值). */
export interface YoukuOttAlicbFacadeserviceGetdataRequest {
  /**
   * 能力维度
   *
   * Max list size: 20
   */
  service_list: string[];
  /** 设备唯一标识 */
  uuid: string;
  /** 属性MAP JSON串 */
  property_map_json: string;
  /** 扩展属性 */
  extra_info_map?: string | Record<string, unknown>;
}

/** Response of `youku.ott.alicb.facadeservice.getdata`: TOP returns only requested, non-null fields, so all are optional. */
export interface YoukuOttAlicbFacadeserviceGetdataResponse {
  /** 设备能力JSON */
  model?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

const REQUEST_SCHEMA = {
  service_list: ['String'],
  uuid: 'String',
  property_map_json: 'String',
  extra_info_map: 'Json',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `youku.ott.alicb.facadeservice.getdata`: method, response root, request and response schemas. */
export const youkuOttAlicbFacadeserviceGetdataOperation = {
  method: 'youku.ott.alicb.facadeservice.getdata',
  responseRoot: 'youku_ott_alicb_facadeservice_getdata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 影视SDK获取设备能力值 — calls TOP method `youku.ott.alicb.facadeservice.getdata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function youkuOttAlicbFacadeserviceGetdata(
  client: TopClient,
  request: YoukuOttAlicbFacadeserviceGetdataRequest,
  options?: CallOptions,
): Promise<YoukuOttAlicbFacadeserviceGetdataResponse> {
  return client.call<YoukuOttAlicbFacadeserviceGetdataResponse>(
    {
      method: 'youku.ott.alicb.facadeservice.getdata',
      responseRoot: 'youku_ott_alicb_facadeservice_getdata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
