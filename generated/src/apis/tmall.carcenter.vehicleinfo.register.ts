// Generated from specs/tmallcarenter/tmall.carcenter.vehicleinfo.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.carcenter.vehicleinfo.register` (车型数据更新). */
export interface TmallCarcenterVehicleinfoRegisterRequest {
  /** 车型数据对象 */
  vehicle_info: TmallCarcenterVehicleinfoRegisterOriginVehicleInfoDtoInput;
}

/** Response of `tmall.carcenter.vehicleinfo.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallCarcenterVehicleinfoRegisterResponse {
  /** result */
  result?: TmallCarcenterVehicleinfoRegisterResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `OriginVehicleInfoDto` of `tmall.carcenter.vehicleinfo.register`. */
export interface TmallCarcenterVehicleinfoRegisterOriginVehicleInfoDtoInput {
  /** 销售名称 */
  sales_name: string;
  /** 生产年份 */
  productive_year: Int64Input;
  /** 厂家类型(国产,合资,进口) */
  manufacture_type: string;
  /** 后轮胎规格 */
  rear_tyre?: string;
  /** 品牌名称 */
  brand_name: string;
  /** 底盘压缩ID */
  chassis_cid: string;
  /** 上市年份 */
  release_year: Int64Input;
  /** 厂家名称 */
  manufacture_name: string;
  /** 销售年款 */
  sales_year: Int64Input;
  /** 前轮胎规格 */
  front_tyre?: string;
  /** 排量 */
  displacement: string;
  /** 销售状态 */
  sales_status: string;
  /** 车系 */
  line_name: string;
  /** 排放标准 */
  emmission?: string;
  /** 生产状态 */
  productive_status: string;
  /** 停产年份 */
  end_year?: Int64Input;
  /** 状态(状态,0:删除,1:新增,2:修改) */
  status: Int64Input;
  /** 发动起型号 */
  engine_model: string;
  /** 扩展信息(json串) */
  extend_info?: string;
  /** 最大功率(KW) */
  max_power?: string;
  /** 国别 */
  country: string;
  /** 销售版本 */
  sales_edition?: string;
  /** 版本压缩id */
  version_cid: string;
  /** 车型id(主键字段,代表唯一一条数据) */
  vehicle_info_id: string;
  /** 车辆级别 */
  vehicle_level: string;
  /** 官方指导价(万元) */
  price?: string;
  /** 车型 */
  model_name: string;
  /** 上市月份 */
  release_month?: Int64Input;
  /** 燃油类型 */
  fuel_type: string;
  /** 变速箱类型 */
  transmission_type: string;
  /** 驱动方式 */
  drive_model: string;
  /** 代号/底盘型号 */
  chassis_num?: string;
  /** 车身类型 */
  body_model: string;
  /** 车辆类型 */
  vehicle_type: string;
  /** 代数 */
  generation_num?: string;
}

/** `Result` of `tmall.carcenter.vehicleinfo.register`. */
export interface TmallCarcenterVehicleinfoRegisterResult {
  /** gmtCurrentTime */
  gmt_current_time?: Int64;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** object */
  object?: boolean;
  /** success */
  success?: boolean;
  /** costTime */
  cost_time?: Int64;
}

const REQUEST_SCHEMA = {
  vehicle_info: {
    sales_name: 'String',
    productive_year: 'Number',
    manufacture_type: 'String',
    rear_tyre: 'String',
    brand_name: 'String',
    chassis_cid: 'String',
    release_year: 'Number',
    manufacture_name: 'String',
    sales_year: 'Number',
    front_tyre: 'String',
    displacement: 'String',
    sales_status: 'String',
    line_name: 'String',
    emmission: 'String',
    productive_status: 'String',
    end_year: 'Number',
    status: 'Number',
    engine_model: 'String',
    extend_info: 'String',
    max_power: 'String',
    country: 'String',
    sales_edition: 'String',
    version_cid: 'String',
    vehicle_info_id: 'String',
    vehicle_level: 'String',
    price: 'String',
    model_name: 'String',
    release_month: 'Number',
    fuel_type: 'String',
    transmission_type: 'String',
    drive_model: 'String',
    chassis_num: 'String',
    body_model: 'String',
    vehicle_type: 'String',
    generation_num: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    gmt_current_time: 'Number',
    msg_code: 'String',
    msg_info: 'String',
    object: 'Boolean',
    success: 'Boolean',
    cost_time: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.carcenter.vehicleinfo.register`: method, response root, request and response schemas. */
export const tmallCarcenterVehicleinfoRegisterOperation = {
  method: 'tmall.carcenter.vehicleinfo.register',
  responseRoot: 'tmall_carcenter_vehicleinfo_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 车型数据更新 — calls TOP method `tmall.carcenter.vehicleinfo.register`.
 *
 * 基本车型信息维护
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallCarcenterVehicleinfoRegister(
  client: TopClient,
  request: TmallCarcenterVehicleinfoRegisterRequest,
  options?: CallOptions,
): Promise<TmallCarcenterVehicleinfoRegisterResponse> {
  return client.call<TmallCarcenterVehicleinfoRegisterResponse>(
    {
      method: 'tmall.carcenter.vehicleinfo.register',
      responseRoot: 'tmall_carcenter_vehicleinfo_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
