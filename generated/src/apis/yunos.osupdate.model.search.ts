// Generated from specs/tvupadmin/yunos.osupdate.model.search.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.osupdate.model.search` (机型检索). */
export interface YunosOsupdateModelSearchRequest {
  /** 应用ID */
  app_id: Int64Input;
  /** 关键词 */
  name: string;
}

/** Response of `yunos.osupdate.model.search`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosOsupdateModelSearchResponse {
  /** 机型列表 */
  model_list?: YunosOsupdateModelSearchDeviceEntryDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DeviceEntryDTO` of `yunos.osupdate.model.search`. */
export interface YunosOsupdateModelSearchDeviceEntryDTO {
  /** id */
  id?: string;
  /** name */
  name?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'Number',
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

/** Static description of `yunos.osupdate.model.search`: method, response root, request and response schemas. */
export const yunosOsupdateModelSearchOperation = {
  method: 'yunos.osupdate.model.search',
  responseRoot: 'yunos_osupdate_model_search_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 机型检索 — calls TOP method `yunos.osupdate.model.search`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosOsupdateModelSearch(
  client: TopClient,
  request: YunosOsupdateModelSearchRequest,
  options?: CallOptions,
): Promise<YunosOsupdateModelSearchResponse> {
  return client.call<YunosOsupdateModelSearchResponse>(
    {
      method: 'yunos.osupdate.model.search',
      responseRoot: 'yunos_osupdate_model_search_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
