// Generated from specs/campus/alibaba.campus.guard.controller.offlinelog.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.guard.controller.offlinelog` (门禁控制器离线日志同步). */
export interface AlibabaCampusGuardControllerOfflinelogRequest {
  /** 离线数据DTO */
  controller_offline_request_dto?: AlibabaCampusGuardControllerOfflinelogControllerOfflineRequestDTOInput;
}

/** Response of `alibaba.campus.guard.controller.offlinelog`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusGuardControllerOfflinelogResponse {
  /** result */
  result?: AlibabaCampusGuardControllerOfflinelogBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ControllerOfflineRequestDTO` of `alibaba.campus.guard.controller.offlinelog`. */
export interface AlibabaCampusGuardControllerOfflinelogControllerOfflineRequestDTOInput {
  /** sn */
  sn_no: string;
  /** 离线日志JSON */
  offline_log: string;
}

/** `BaseResult` of `alibaba.campus.guard.controller.offlinelog`. */
export interface AlibabaCampusGuardControllerOfflinelogBaseResult {
  /** 结果判定 */
  success?: boolean;
  /** code */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
}

const REQUEST_SCHEMA = {
  controller_offline_request_dto: {
    sn_no: 'String',
    offline_log: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.guard.controller.offlinelog`: method, response root, request and response schemas. */
export const alibabaCampusGuardControllerOfflinelogOperation = {
  method: 'alibaba.campus.guard.controller.offlinelog',
  responseRoot: 'alibaba_campus_guard_controller_offlinelog_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 门禁控制器离线日志同步 — calls TOP method `alibaba.campus.guard.controller.offlinelog`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusGuardControllerOfflinelog(
  client: TopClient,
  request: AlibabaCampusGuardControllerOfflinelogRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusGuardControllerOfflinelogResponse> {
  return client.call<AlibabaCampusGuardControllerOfflinelogResponse>(
    {
      method: 'alibaba.campus.guard.controller.offlinelog',
      responseRoot: 'alibaba_campus_guard_controller_offlinelog_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
