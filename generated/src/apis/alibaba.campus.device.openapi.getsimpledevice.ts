// Generated from specs/campus/alibaba.campus.device.openapi.getsimpledevice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.getsimpledevice` (获取单个设备的基础信息(仅包含设备id,code,是否启用,位置信息,描述等基础信息)). */
export interface AlibabaCampusDeviceOpenapiGetsimpledeviceRequest {
  /** 请求发送端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiGetsimpledeviceWorkBenchContextInput;
  /** 设备uuid */
  uuid: string;
}

/** Response of `alibaba.campus.device.openapi.getsimpledevice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGetsimpledeviceResponse {
  /** 返回对象 */
  result?: AlibabaCampusDeviceOpenapiGetsimpledevicePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.getsimpledevice`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledeviceWorkBenchContextInput {
  /** 所属公司 */
  company_id?: Int64Input;
  /** 所属园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.device.openapi.getsimpledevice`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicePojoResult {
  /** 设备基础信息 */
  content?: AlibabaCampusDeviceOpenapiGetsimpledeviceDeviceStandardApiDto;
  /** 请求id */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `DeviceStandardApiDto` of `alibaba.campus.device.openapi.getsimpledevice`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledeviceDeviceStandardApiDto {
  /** 设备code */
  code?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** 楼宇id */
  building_id?: Int64;
  /** 楼层名称 */
  floor_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 空间单元名称 */
  space_name?: string;
  /** 空间单元id */
  space_id?: Int64;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 是否逻辑设备 */
  be_logic?: boolean;
  /** 设备模板code */
  template_code?: string;
  /** 设备模板id */
  template_id?: Int64;
  /** 设备uuid */
  uuid?: string;
  /** 设备id */
  device_id?: string;
  /** 是否启用 */
  be_run?: boolean;
  /** 设备别名 */
  nickname?: string;
  /** 设备运行状态 */
  run_status?: Int64;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  uuid: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      code: 'String',
      campus_name: 'String',
      campus_id: 'Number',
      building_name: 'String',
      building_id: 'Number',
      floor_name: 'String',
      floor_id: 'Number',
      space_name: 'String',
      space_id: 'Number',
      longitude: 'String',
      latitude: 'String',
      be_logic: 'Boolean',
      template_code: 'String',
      template_id: 'Number',
      uuid: 'String',
      device_id: 'String',
      be_run: 'Boolean',
      nickname: 'String',
      run_status: 'Number',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.getsimpledevice`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGetsimpledeviceOperation = {
  method: 'alibaba.campus.device.openapi.getsimpledevice',
  responseRoot: 'alibaba_campus_device_openapi_getsimpledevice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取单个设备的基础信息(仅包含设备id,code,是否启用,位置信息,描述等基础信息) — calls TOP method `alibaba.campus.device.openapi.getsimpledevice`.
 *
 * 获取指定设备的基础信息(仅包含设备id,code,是否启用,位置信息,描述等基础信息)
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGetsimpledevice(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGetsimpledeviceRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGetsimpledeviceResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGetsimpledeviceResponse>(
    {
      method: 'alibaba.campus.device.openapi.getsimpledevice',
      responseRoot: 'alibaba_campus_device_openapi_getsimpledevice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
