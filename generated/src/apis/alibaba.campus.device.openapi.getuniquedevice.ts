// Generated from specs/campus/alibaba.campus.device.openapi.getuniquedevice.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.getuniquedevice` (根据设备uuid获取设备信息). */
export interface AlibabaCampusDeviceOpenapiGetuniquedeviceRequest {
  /** 请求发送端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiGetuniquedeviceWorkBenchContextInput;
  /** 设备序列号uuid */
  uuid: string;
}

/** Response of `alibaba.campus.device.openapi.getuniquedevice`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGetuniquedeviceResponse {
  /** 返回对象 */
  result?: AlibabaCampusDeviceOpenapiGetuniquedevicePojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.getuniquedevice`. */
export interface AlibabaCampusDeviceOpenapiGetuniquedeviceWorkBenchContextInput {
  /** 所属公司 */
  company_id?: Int64Input;
  /** 所属园区Id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.device.openapi.getuniquedevice`. */
export interface AlibabaCampusDeviceOpenapiGetuniquedevicePojoResult {
  /** 设备基础信息 */
  content?: AlibabaCampusDeviceOpenapiGetuniquedeviceDeviceStandardApiDto;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `DeviceStandardApiDto` of `alibaba.campus.device.openapi.getuniquedevice`. */
export interface AlibabaCampusDeviceOpenapiGetuniquedeviceDeviceStandardApiDto {
  /** 设备code */
  code?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 园区名称 */
  campus_name?: string;
  /** 楼宇id */
  building_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 楼层名称 */
  floor_name?: string;
  /** 模板code */
  template_code?: string;
  /** 最后更新时间 */
  last_update_time?: string;
  /** 设备uuid */
  uuid?: string;
  /** 设备id */
  device_id?: string;
  /** 设备是否运行 */
  be_run?: boolean;
  /** 模板id */
  template_id?: Int64;
  /** 版本信息 */
  version?: string;
  /** 是否是逻辑设备 */
  be_logic?: boolean;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 空间单元id */
  space_id?: Int64;
  /** 空间单元名称 */
  space_name?: string;
  /** 模板名称 */
  template_name?: string;
  /** 设备参数信息 */
  meta_point_datas?: AlibabaCampusDeviceOpenapiGetuniquedeviceMeatDataApiDto[];
  /** 设备别名 */
  nickname?: string;
  /** 设备标签列表 */
  tag_info_list?: AlibabaCampusDeviceOpenapiGetuniquedeviceTagInfoApiDto[];
}

/** `MeatDataApiDto` of `alibaba.campus.device.openapi.getuniquedevice`. */
export interface AlibabaCampusDeviceOpenapiGetuniquedeviceMeatDataApiDto {
  /** 参数code */
  code?: string;
  /** 是否报警值 */
  alarm?: boolean;
  /** 地图映射 */
  mapping_point?: string;
  /** 数据类型 */
  data_type?: string;
  /** 被关联设备uuid */
  ref_device_id?: string;
  /** 被关联属性code */
  ref_property_code?: string;
}

/** `TagInfoApiDto` of `alibaba.campus.device.openapi.getuniquedevice`. */
export interface AlibabaCampusDeviceOpenapiGetuniquedeviceTagInfoApiDto {
  /** 标签名称 */
  tag_name?: string;
  /** 是否系统标签 */
  system_tag?: boolean;
  /** 标签描述 */
  tag_desc?: string;
  /** 标签类型 */
  tag_type_name?: string;
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
      campus_id: 'Number',
      campus_name: 'String',
      building_id: 'Number',
      building_name: 'String',
      floor_id: 'Number',
      floor_name: 'String',
      template_code: 'String',
      last_update_time: 'Date',
      uuid: 'String',
      device_id: 'String',
      be_run: 'Boolean',
      template_id: 'Number',
      version: 'String',
      be_logic: 'Boolean',
      longitude: 'String',
      latitude: 'String',
      space_id: 'Number',
      space_name: 'String',
      template_name: 'String',
      meta_point_datas: [
        {
          code: 'String',
          alarm: 'Boolean',
          mapping_point: 'String',
          data_type: 'String',
          ref_device_id: 'String',
          ref_property_code: 'String',
        },
      ],
      nickname: 'String',
      tag_info_list: [
        {
          tag_name: 'String',
          system_tag: 'Boolean',
          tag_desc: 'String',
          tag_type_name: 'String',
        },
      ],
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.getuniquedevice`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGetuniquedeviceOperation = {
  method: 'alibaba.campus.device.openapi.getuniquedevice',
  responseRoot: 'alibaba_campus_device_openapi_getuniquedevice_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据设备uuid获取设备信息 — calls TOP method `alibaba.campus.device.openapi.getuniquedevice`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGetuniquedevice(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGetuniquedeviceRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGetuniquedeviceResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGetuniquedeviceResponse>(
    {
      method: 'alibaba.campus.device.openapi.getuniquedevice',
      responseRoot: 'alibaba_campus_device_openapi_getuniquedevice_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
