// Generated from specs/tmallcarenter/tmall.carcenter.vehicle.cvmapping.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.carcenter.vehicle.cvmapping.insert` (EPC车辆版本信息与底盘信息库关系绑定). */
export interface TmallCarcenterVehicleCvmappingInsertRequest {
  /** 状态 */
  status?: Int64Input;
  /** 版本ID */
  supplier_version_cid?: string;
  /** 底盘ID */
  supplier_chassis_cid?: string;
}

/** Response of `tmall.carcenter.vehicle.cvmapping.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarcenterVehicleCvmappingInsertResponse {
  /** result */
  result?: TmallCarcenterVehicleCvmappingInsertResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `tmall.carcenter.vehicle.cvmapping.insert`. */
export interface TmallCarcenterVehicleCvmappingInsertResult {
  /** gmtCurrentTime */
  gmt_current_time?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** object */
  object?: string | Record<string, unknown>;
  /** success */
  success?: boolean;
  /** costTime */
  cost_time?: Int64;
}

const REQUEST_SCHEMA = {
  status: 'Number',
  supplier_version_cid: 'String',
  supplier_chassis_cid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'Json',
    success: 'Boolean',
    cost_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.carcenter.vehicle.cvmapping.insert`: method, response root, request and response schemas. */
export const tmallCarcenterVehicleCvmappingInsertOperation = {
  method: 'tmall.carcenter.vehicle.cvmapping.insert',
  responseRoot: 'tmall_carcenter_vehicle_cvmapping_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * EPC车辆版本信息与底盘信息库关系绑定 — calls TOP method `tmall.carcenter.vehicle.cvmapping.insert`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarcenterVehicleCvmappingInsert(
  client: TopClient,
  request: TmallCarcenterVehicleCvmappingInsertRequest = {},
  options?: CallOptions,
): Promise<TmallCarcenterVehicleCvmappingInsertResponse> {
  return client.call<TmallCarcenterVehicleCvmappingInsertResponse>(
    {
      method: 'tmall.carcenter.vehicle.cvmapping.insert',
      responseRoot: 'tmall_carcenter_vehicle_cvmapping_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
