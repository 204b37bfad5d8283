// Generated from specs/tmallcarenter/tmall.carcenter.vehicle.chasis.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.carcenter.vehicle.chasis.insert` (EPC车型底盘压缩库新增接口). */
export interface TmallCarcenterVehicleChasisInsertRequest {
  /** 底盘压缩库入参 */
  dto?: TmallCarcenterVehicleChasisInsertChasisVehicleInfoOriginalDtoInput;
}

/** Response of `tmall.carcenter.vehicle.chasis.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarcenterVehicleChasisInsertResponse {
  /** result */
  result?: TmallCarcenterVehicleChasisInsertResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ChasisVehicleInfoOriginalDto` of `tmall.carcenter.vehicle.chasis.insert`. */
export interface TmallCarcenterVehicleChasisInsertChasisVehicleInfoOriginalDtoInput {
  /** 换代 */
  replacement?: string;
  /** 停产年份 */
  end_year?: Int64Input;
  /** 产地 */
  origin?: string;
  /** 生产年份 */
  productive_year?: Int64Input;
  /** 品牌 */
  brand_name?: string;
  /** 最大功率 */
  max_power?: string;
  /** 厂家 */
  manufacture_name?: string;
  /** 发动机型号 */
  engine_no?: string;
  /** 车型 */
  model_name?: string;
  /** 燃料类型 */
  fuel_type?: string;
  /** 排量 */
  displacement?: string;
  /** 驱动方式 */
  drive_model?: string;
  /** 底盘ID */
  chasis_cid?: string;
  /** 底盘号 */
  chassis_num?: string;
  /** 车系 */
  line_name?: string;
}

/** `Result` of `tmall.carcenter.vehicle.chasis.insert`. */
export interface TmallCarcenterVehicleChasisInsertResult {
  /** gmtCurrentTime */
  gmt_current_time?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** object */
  object?: string;
  /** success */
  success?: boolean;
  /** costTime */
  cost_time?: Int64;
}

const REQUEST_SCHEMA = {
  dto: {
    replacement: 'String',
    end_year: 'Number',
    origin: 'String',
    productive_year: 'Number',
    brand_name: 'String',
    max_power: 'String',
    manufacture_name: 'String',
    engine_no: 'String',
    model_name: 'String',
    fuel_type: 'String',
    displacement: 'String',
    drive_model: 'String',
    chasis_cid: 'String',
    chassis_num: 'String',
    line_name: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'String',
    success: 'Boolean',
    cost_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.carcenter.vehicle.chasis.insert`: method, response root, request and response schemas. */
export const tmallCarcenterVehicleChasisInsertOperation = {
  method: 'tmall.carcenter.vehicle.chasis.insert',
  responseRoot: 'tmall_carcenter_vehicle_chasis_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * EPC车型底盘压缩库新增接口 — calls TOP method `tmall.carcenter.vehicle.chasis.insert`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarcenterVehicleChasisInsert(
  client: TopClient,
  request: TmallCarcenterVehicleChasisInsertRequest = {},
  options?: CallOptions,
): Promise<TmallCarcenterVehicleChasisInsertResponse> {
  return client.call<TmallCarcenterVehicleChasisInsertResponse>(
    {
      method: 'tmall.carcenter.vehicle.chasis.insert',
      responseRoot: 'tmall_carcenter_vehicle_chasis_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
