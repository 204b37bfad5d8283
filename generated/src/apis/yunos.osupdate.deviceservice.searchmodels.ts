// Generated from specs/tvupadmin/yunos.osupdate.deviceservice.searchmodels.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.deviceservice.searchmodels` (根据关键词检索设备型号). */
export interface YunosOsupdateDeviceserviceSearchmodelsRequest {
  /** 设备父ID */
  parent_id?: Int64Input;
  /** 关键词 */
  name?: string;
}

/** Response of `yunos.osupdate.deviceservice.searchmodels`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateDeviceserviceSearchmodelsResponse {
  /** data */
  model_list?: YunosOsupdateDeviceserviceSearchmodelsDeviceEntryDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceEntryDTO` of `yunos.osupdate.deviceservice.searchmodels`. */
export interface YunosOsupdateDeviceserviceSearchmodelsDeviceEntryDTO {
  /** id */
  id?: string;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  parent_id: 'Number',
  name: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  model_list: [
    {
      id: 'String',
      name: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `yunos.osupdate.deviceservice.searchmodels`: method, response root, request and response schemas. */
export const yunosOsupdateDeviceserviceSearchmodelsOperation = {
  method: 'yunos.osupdate.deviceservice.searchmodels',
  responseRoot: 'yunos_osupdate_deviceservice_searchmodels_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据关键词检索设备型号 — calls TOP method `yunos.osupdate.deviceservice.searchmodels`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateDeviceserviceSearchmodels(
  client: TopClient,
  request: YunosOsupdateDeviceserviceSearchmodelsRequest = {},
  options?: CallOptions,
): Promise<YunosOsupdateDeviceserviceSearchmodelsResponse> {
  return client.call<YunosOsupdateDeviceserviceSearchmodelsResponse>(
    {
      method: 'yunos.osupdate.deviceservice.searchmodels',
      responseRoot: 'yunos_osupdate_deviceservice_searchmodels_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
