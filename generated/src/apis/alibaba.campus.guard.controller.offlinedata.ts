// Generated from specs/campus/alibaba.campus.guard.controller.offlinedata.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guard.controller.offlinedata` (点位离线数据拉取). */
export interface AlibabaCampusGuardControllerOfflinedataRequest {
  /** requestParam */
  controller_offline_request_dto?: AlibabaCampusGuardControllerOfflinedataControllerOfflineRequestDTOInput;
}

/** Response of `alibaba.campus.guard.controller.offlinedata`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardControllerOfflinedataResponse {
  /** result */
  result?: AlibabaCampusGuardControllerOfflinedataPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ControllerOfflineRequestDTO` of `alibaba.campus.guard.controller.offlinedata`. */
export interface AlibabaCampusGuardControllerOfflinedataControllerOfflineRequestDTOInput {
  /** sn */
  sn_no: string;
}

/** `PojoResult` of `alibaba.campus.guard.controller.offlinedata`. */
export interface AlibabaCampusGuardControllerOfflinedataPojoResult {
  /** 请求成功标识 */
  success?: boolean;
  /** 200 */
  error_code?: string;
  /** 离线数据DTO */
  content?: AlibabaCampusGuardControllerOfflinedataControllerOfflineDataDTO;
  /** 成功 */
  error_msg?: string;
}

/** `ControllerOfflineDataDTO` of `alibaba.campus.guard.controller.offlinedata`. */
export interface AlibabaCampusGuardControllerOfflinedataControllerOfflineDataDTO {
  /** 门禁点数据 */
  guard_offline_list?: AlibabaCampusGuardControllerOfflinedataGuardOfflineDataDTO[];
}

/** `GuardOfflineDataDTO` of `alibaba.campus.guard.controller.offlinedata`. */
export interface AlibabaCampusGuardControllerOfflinedataGuardOfflineDataDTO {
  /** guard */
  guard?: AlibabaCampusGuardControllerOfflinedataGuardDTO;
  /** 文件url */
  url?: string;
}

/** `GuardDTO` of `alibaba.campus.guard.controller.offlinedata`. */
export interface AlibabaCampusGuardControllerOfflinedataGuardDTO {
  /** 门禁点ID */
  id?: Int64;
  /** 门禁点名称 */
  name?: string;
}

const REQUEST_SCHEMA = {
  controller_offline_request_dto: {
    sn_no: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    content: {
      guard_offline_list: [
        {
          guard: {
            id: 'Number',
            name: 'String',
          },
          url: 'String',
        },
      ],
    },
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guard.controller.offlinedata`: method, response root, request and response schemas. */
export const alibabaCampusGuardControllerOfflinedataOperation = {
  method: 'alibaba.campus.guard.controller.offlinedata',
  responseRoot: 'alibaba_campus_guard_controller_offlinedata_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 点位离线数据拉取 — calls TOP method `alibaba.campus.guard.controller.offlinedata`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardControllerOfflinedata(
  client: TopClient,
  request: AlibabaCampusGuardControllerOfflinedataRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusGuardControllerOfflinedataResponse> {
  return client.call<AlibabaCampusGuardControllerOfflinedataResponse>(
    {
      method: 'alibaba.campus.guard.controller.offlinedata',
      responseRoot: 'alibaba_campus_guard_controller_offlinedata_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
