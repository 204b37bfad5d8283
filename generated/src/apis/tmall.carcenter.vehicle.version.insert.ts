// Generated from specs/tmallcarenter/tmall.carcenter.vehicle.version.insert.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.carcenter.vehicle.version.insert` (汽车EPC版本压缩库新增接口). */
export interface TmallCarcenterVehicleVersionInsertRequest {
  /** 版本压缩库入参 */
  dto?: TmallCarcenterVehicleVersionInsertVersionVehicleInfoOriginalDtoInput;
}

/** Response of `tmall.carcenter.vehicle.version.insert`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarcenterVehicleVersionInsertResponse {
  /** result */
  result?: TmallCarcenterVehicleVersionInsertResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `VersionVehicleInfoOriginalDto` of `tmall.carcenter.vehicle.version.insert`. */
export interface TmallCarcenterVehicleVersionInsertVersionVehicleInfoOriginalDtoInput {
  /** 换代 */
  replacement?: string;
  /** 停产年份 */
  end_year?: Int64Input;
  /** 销售名称 */
  sales_name?: string;
  /** 生产年份 */
  productive_year?: Int64Input;
  /** 产地 */
  origin?: string;
  /** 品牌 */
  brand_name?: string;
  /** 后轮毂规格 */
  rear_tyre?: string;
  /** 最大功率 */
  max_power?: string;
  /** 生产厂家 */
  manufacture_name?: string;
  /** 版本压缩ID */
  version_cid?: string;
  /** 年款 */
  sales_year?: string;
  /** 发动机型号 */
  engine_no?: string;
  /** 车型 */
  model_name?: string;
  /** 前轮毂规格 */
  front_tyre?: string;
  /** 排量 */
  displacement?: string;
  /** 驱动方式 */
  drive_model?: string;
  /** 底盘号 */
  chassis_num?: string;
  /** 车身类型 */
  body_model?: string;
  /** 车系 */
  line_name?: string;
  /** 车辆类型 */
  vehicle_type?: string;
}

/** `Result` of `tmall.carcenter.vehicle.version.insert`. */
export interface TmallCarcenterVehicleVersionInsertResult {
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
    sales_name: 'String',
    productive_year: 'Number',
    origin: 'String',
    brand_name: 'String',
    rear_tyre: 'String',
    max_power: 'String',
    manufacture_name: 'String',
    version_cid: 'String',
    sales_year: 'String',
    engine_no: 'String',
    model_name: 'String',
    front_tyre: 'String',
    displacement: 'String',
    drive_model: 'String',
    chassis_num: 'String',
    body_model: 'String',
    line_name: 'String',
    vehicle_type: 'String',
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

/** Static description of `tmall.carcenter.vehicle.version.insert`: method, response root, request and response schemas. */
export const tmallCarcenterVehicleVersionInsertOperation = {
  method: 'tmall.carcenter.vehicle.version.insert',
  responseRoot: 'tmall_carcenter_vehicle_version_insert_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 汽车EPC版本压缩库新增接口 — calls TOP method `tmall.carcenter.vehicle.version.insert`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarcenterVehicleVersionInsert(
  client: TopClient,
  request: TmallCarcenterVehicleVersionInsertRequest = {},
  options?: CallOptions,
): Promise<TmallCarcenterVehicleVersionInsertResponse> {
  return client.call<TmallCarcenterVehicleVersionInsertResponse>(
    {
      method: 'tmall.carcenter.vehicle.version.insert',
      responseRoot: 'tmall_carcenter_vehicle_version_insert_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
