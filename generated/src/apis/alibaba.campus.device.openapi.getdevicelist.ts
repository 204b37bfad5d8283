// Generated from specs/campus/alibaba.campus.device.openapi.getdevicelist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.device.openapi.getdevicelist` (多条件查询设备分组). */
export interface AlibabaCampusDeviceOpenapiGetdevicelistRequest {
  /** 请求发送端信息 */
  work_bench_context: AlibabaCampusDeviceOpenapiGetdevicelistWorkBenchContextInput;
  /** 多条件查询对象 */
  query: AlibabaCampusDeviceOpenapiGetdevicelistDeviceApiQueryInput;
}

/** Response of `alibaba.campus.device.openapi.getdevicelist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistResponse {
  /** 返回对象 */
  result?: AlibabaCampusDeviceOpenapiGetdevicelistPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistWorkBenchContextInput {
  /** 所属公司 */
  company_id?: Int64Input;
  /** 所属园区Id */
  campus_id: Int64Input;
}

/** `DeviceApiQuery` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistDeviceApiQueryInput {
  /** 模板code集合,具体设备模板code信息请查阅‘平台技术’下‘设备详细信息开发文档’。[生成参考文档该字段入参是数组，有误。入参类型请使用java.lang.List类型] */
  template_code_list?: string[];
  /** 楼层id */
  floor_id?: Int64Input;
  /** 模板code,具体设备模板code信息请查阅‘平台技术’下‘设备详细信息开发文档’。 */
  template_code?: string;
  /** 空间单元id */
  space_id?: Int64Input;
  /** 园区id集合 */
  campus_id_list?: Int64Input[];
  /** 设备uuid集合[生成参考文档该字段入参是数组，有误。入参类型请使用java.lang.List类型] */
  uuid_list?: string[];
  /** 园区id */
  campus_id?: Int64Input;
  /** 楼宇id */
  building_id?: Int64Input;
  /** 当前页(如果设置currentPage<=0，则会查询出所有结果集，即忽略分页条件[建议开发者使用分页查询，不然因返回数量过多可能导致接口超时]) */
  current_page?: Int64Input;
  /** 分页大小，默认值100。单次最多查询1000条记录 */
  limit?: Int64Input;
  /** 空间单元id集合[生成参考文档该字段入参是数组，有误。入参类型请使用java.lang.List类型] */
  space_id_list?: Int64Input[];
  /** 是否启用 */
  be_run?: boolean;
  /** 0->在线 1->离线 2->故障 */
  run_status?: Int64Input;
  /** 根据标签名称精确查询 */
  tag_name?: string;
  /** 模糊查询设备code或名称 */
  name_or_code?: string;
  /** 根据设备code精确匹配 */
  code?: string;
}

/** `PageResult` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistPageResult {
  /** 设备分页集合数据 */
  content?: AlibabaCampusDeviceOpenapiGetdevicelistPage;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Page` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistPage {
  /** 分页大小 */
  limit?: Int64;
  /** 总记录数 */
  total?: Int64;
  /** 分页集合 */
  result_list?: AlibabaCampusDeviceOpenapiGetdevicelistDeviceStandardApiDto[];
  /** 当前页 */
  current_page?: Int64;
}

/** `DeviceStandardApiDto` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistDeviceStandardApiDto {
  /** 设备code */
  code?: string;
  /** campusId */
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
  meta_point_datas?: AlibabaCampusDeviceOpenapiGetdevicelistMeatDataApiDto[];
  /** 设备别名 */
  nickname?: string;
  /** 设备标签列表 */
  tag_info_list?: AlibabaCampusDeviceOpenapiGetdevicelistTagInfoApiDto[];
  /** 设备运行状态。0->在线 1->离线 2->故障 */
  run_status?: Int64;
  /** 设备运行状态展示字段 */
  run_status_name?: string;
}

/** `MeatDataApiDto` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistMeatDataApiDto {
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

/** `TagInfoApiDto` of `alibaba.campus.device.openapi.getdevicelist`. */
export interface AlibabaCampusDeviceOpenapiGetdevicelistTagInfoApiDto {
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
  query: {
    template_code_list: ['String'],
    floor_id: 'Number',
    template_code: 'String',
    space_id: 'Number',
    campus_id_list: ['Number'],
    uuid_list: ['String'],
    campus_id: 'Number',
    building_id: 'Number',
    current_page: 'Number',
    limit: 'Number',
    space_id_list: ['Number'],
    be_run: 'Boolean',
    run_status: 'Number',
    tag_name: 'String',
    name_or_code: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      limit: 'Number',
      total: 'Number',
      result_list: [
        {
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
          run_status: 'Number',
          run_status_name: 'String',
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

/** Static description of `alibaba.campus.device.openapi.getdevicelist`: method, response root, request and response schemas. */
export const alibabaCampusDeviceOpenapiGetdevicelistOperation = {
  method: 'alibaba.campus.device.openapi.getdevicelist',
  responseRoot: 'alibaba_campus_device_openapi_getdevicelist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 多条件查询设备分组 — calls TOP method `alibaba.campus.device.openapi.getdevicelist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusDeviceOpenapiGetdevicelist(
  client: TopClient,
  request: AlibabaCampusDeviceOpenapiGetdevicelistRequest,
  options?: CallOptions,
): Promise<AlibabaCampusDeviceOpenapiGetdevicelistResponse> {
  return client.call<AlibabaCampusDeviceOpenapiGetdevicelistResponse>(
    {
      method: 'alibaba.campus.device.openapi.getdevicelist',
      responseRoot: 'alibaba_campus_device_openapi_getdevicelist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
