// Generated from specs/campus/alibaba.campus.device.openapi.getsimpledevicelist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.getsimpledevicelist` (查询设备基础信息集合(仅包含设备id,code,是否启用,位置信息,描述等基础信息)). */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistRequest {
  /** 请求发送端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiGetsimpledevicelistWorkBenchContextInput;
  /** 多条件查询对象 */
  query: AlibabaCampusDeviceOpenapiGetsimpledevicelistDeviceApiQueryInput;
}

/** Response of `alibaba.campus.device.openapi.getsimpledevicelist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistResponse {
  /** 返回对象 */
  result?: AlibabaCampusDeviceOpenapiGetsimpledevicelistPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.getsimpledevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistWorkBenchContextInput {
  /** 所属公司 */
  company_id?: Int64Input;
  /** 所属园区Id */
  campus_id: Int64Input;
}

/** `DeviceApiQuery` of `alibaba.campus.device.openapi.getsimpledevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistDeviceApiQueryInput {
  /** 分页大小，默认值100。单次最多查询500条记录 */
  limit?: Int64Input;
  /** 楼层id集合 */
  floor_id_list?: Int64Input[];
  /** 模板code,具体设备模板code信息请查阅‘平台技术’下‘设备详细信息开发文档’。 */
  template_code?: string;
  /** 空间单元id */
  space_id?: Int64Input;
  /** 园区id集合 */
  campus_id_list?: Int64Input[];
  /** 楼宇id集合 */
  building_id_list?: Int64Input[];
  /** 模板code集合,具体设备模板code信息请查阅‘平台技术’下‘设备详细信息开发文档’。[生成参考文档该字段入参是数组，有误。入参类型请使用java.lang.List类型] */
  template_code_list?: string[];
  /** 楼层id */
  floor_id?: Int64Input;
  /** 是否启用 */
  be_run?: boolean;
  /** 0->在线 1->离线 2->故障 */
  run_status?: Int64Input;
  /** 根据标签名称精确查询 */
  tag_name?: string;
  /** 当前页 */
  current_page?: Int64Input;
  /** 空间单元id集合[生成参考文档该字段入参是数组，有误。入参类型请使用java.lang.List类型] */
  space_id_list?: Int64Input[];
  /** 设备uuid集合[生成参考文档该字段入参是数组，有误。入参类型请使用java.lang.List类型] */
  uuid_list?: string[];
  /** 模糊查询设备名称或编码 */
  name_or_code?: string;
  /** 园区id */
  campus_id?: Int64Input;
  /** 楼宇id */
  building_id?: Int64Input;
  /** 根据设备code精确匹配 */
  code?: string;
}

/** `PageResult` of `alibaba.campus.device.openapi.getsimpledevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistPageResult {
  /** 设备分页集合数据 */
  content?: AlibabaCampusDeviceOpenapiGetsimpledevicelistPage;
  /** requestId */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
}

/** `Page` of `alibaba.campus.device.openapi.getsimpledevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistPage {
  /** 总记录数 */
  total?: Int64;
  /** 分页大小 */
  limit?: Int64;
  /** 分页集合 */
  result_list?: AlibabaCampusDeviceOpenapiGetsimpledevicelistDeviceStandardApiDto[];
  /** currentPage */
  current_page?: Int64;
}

/** `DeviceStandardApiDto` of `alibaba.campus.device.openapi.getsimpledevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetsimpledevicelistDeviceStandardApiDto {
  /** 设备code */
  code?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 楼宇id */
  building_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 楼层名称 */
  floor_name?: string;
  /** 空间单元id */
  space_id?: Int64;
  /** 空间单元名称 */
  space_name?: string;
  /** 经度 */
  longitude?: string;
  /** 纬度 */
  latitude?: string;
  /** 是否逻辑设备 */
  be_logic?: boolean;
  /** 设备模板编码 */
  template_code?: string;
  /** uuid */
  uuid?: string;
  /** 设备id */
  device_id?: string;
  /** 是否启用 */
  be_run?: string;
  /** 设备模板id */
  template_id?: Int64;
  /** 设备别名 */
  nickname?: string;
  /** 设备运行状态。0->在线 1->离线 2->故障 */
  run_status?: Int64;
  /** 公司id */
  company_id?: Int64;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  query: {
    limit: 'Number',
    floor_id_list: ['Number'],
    template_code: 'String',
    space_id: 'Number',
    campus_id_list: ['Number'],
    building_id_list: ['Number'],
    template_code_list: ['String'],
    floor_id: 'Number',
    be_run: 'Boolean',
    run_status: 'Number',
    tag_name: 'String',
    current_page: 'Number',
    space_id_list: ['Number'],
    uuid_list: ['String'],
    name_or_code: 'String',
    campus_id: 'Number',
    building_id: 'Number',
    code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      total: 'Number',
      limit: 'Number',
      result_list: [
        {
          code: 'String',
          campus_name: 'String',
          campus_id: 'Number',
          building_id: 'Number',
          building_name: 'String',
          floor_id: 'Number',
          floor_name: 'String',
          space_id: 'Number',
          space_name: 'String',
          longitude: 'String',
          latitude: 'String',
          be_logic: 'Boolean',
          template_code: 'String',
          uuid: 'String',
          device_id: 'String',
          be_run: 'String',
          template_id: 'Number',
          nickname: 'String',
          run_status: 'Number',
          company_id: 'Number',
        },
      ],
      current_page: 'Number',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.device.openapi.getsimpledevicelist`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGetsimpledevicelistOperation = {
  method: 'alibaba.campus.device.openapi.getsimpledevicelist',
  responseRoot: 'alibaba_campus_device_openapi_getsimpledevicelist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询设备基础信息集合(仅包含设备id,code,是否启用,位置信息,描述等基础信息) — calls TOP method `alibaba.campus.device.openapi.getsimpledevicelist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGetsimpledevicelist(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGetsimpledevicelistRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGetsimpledevicelistResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGetsimpledevicelistResponse>(
    {
      method: 'alibaba.campus.device.openapi.getsimpledevicelist',
      responseRoot: 'alibaba_campus_device_openapi_getsimpledevicelist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
