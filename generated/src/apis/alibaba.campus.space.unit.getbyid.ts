// Generated from specs/campus/alibaba.campus.space.unit.getbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getbyid` (根据ID查询指定空间单元信息). */
export interface AlibabaCampusSpaceUnitGetbyidRequest {
  /** 空间单元ID */
  param0: AlibabaCampusSpaceUnitGetbyidWorkBenchContextInput;
  /** 空间单元ID */
  param1?: Int64Input;
}

/** Response of `alibaba.campus.space.unit.getbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetbyidResponse {
  /** result */
  result?: AlibabaCampusSpaceUnitGetbyidPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getbyid`. */
export interface AlibabaCampusSpaceUnitGetbyidWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.space.unit.getbyid`. */
export interface AlibabaCampusSpaceUnitGetbyidPojoResult {
  /** content */
  content?: AlibabaCampusSpaceUnitGetbyidPoiInfo;
  /** 请求id */
  request_id?: string;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误等级 */
  error_level?: string;
}

/** `PoiInfo` of `alibaba.campus.space.unit.getbyid`. */
export interface AlibabaCampusSpaceUnitGetbyidPoiInfo {
  /** spaceGroups */
  space_groups?: AlibabaCampusSpaceUnitGetbyidSpaceGroup[];
  /** 业务属性id */
  code?: string;
  /** 空间种类，1室内，2室外，3 逻辑 */
  category?: Int64;
  /** areaStr */
  area?: string;
  /** 是否删除，默认0表示未删除 */
  is_delete?: boolean;
  /** 状态 */
  status?: Int64;
  /** 公司id */
  company_id?: Int64;
  /** 楼层名称 */
  floor_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** 楼宇id */
  building_id?: Int64;
  /** 园区名称 */
  campus_name?: string;
  /** 园区编码 */
  campus_code?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 分类名称 */
  type_name?: string;
  /** 分类编码 */
  type_code?: string;
  /** 分类id */
  type_id?: Int64;
  /** heightStr */
  height?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 修改者 */
  modifier?: string;
  /** 创建者 */
  creator?: string;
  /** 修改时间 */
  gmt_create?: string;
  /** 空间单元id */
  id?: Int64;
  /** 空间单元名称 */
  name?: string;
  /** 地图图元id */
  ft_id?: string;
  /** 高德楼层id */
  geo_floor_id?: Int64;
  /** uuid */
  uuid?: string;
  /** 中心点 */
  central?: AlibabaCampusSpaceUnitGetbyidPoint;
  /** 室内/室外/逻辑/虚拟 */
  category_name?: string;
}

/** `SpaceGroup` of `alibaba.campus.space.unit.getbyid`. */
export interface AlibabaCampusSpaceUnitGetbyidSpaceGroup {
  /** 是否删除 */
  is_delete?: boolean;
  /** 分组编码 */
  code?: string;
  /** 楼层名称 */
  floor_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 描述 */
  description?: string;
  /** 楼宇名称 */
  building_name?: string;
  /** 楼宇id */
  building_id?: Int64;
  /** 大类名称 */
  big_type_name?: string;
  /** 大类id */
  big_type_id?: Int64;
  /** 分类编码 */
  type_code?: string;
  /** 分类名称 */
  type_name?: string;
  /** 分类id */
  type_id?: Int64;
  /** 园区名称 */
  campus_name?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 分组名称 */
  name?: string;
  /** 修改者 */
  modifier?: string;
  /** 创建者 */
  creator?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** id */
  id?: Int64;
}

/** `Point` of `alibaba.campus.space.unit.getbyid`. */
export interface AlibabaCampusSpaceUnitGetbyidPoint {
  /** 经度 */
  lng?: string;
  /** 纬度 */
  lat?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      space_groups: [
        {
          is_delete: 'Boolean',
          code: 'String',
          floor_name: 'String',
          floor_id: 'Number',
          description: 'String',
          building_name: 'String',
          building_id: 'Number',
          big_type_name: 'String',
          big_type_id: 'Number',
          type_code: 'String',
          type_name: 'String',
          type_id: 'Number',
          campus_name: 'String',
          campus_id: 'Number',
          name: 'String',
          modifier: 'String',
          creator: 'String',
          gmt_modified: 'Date',
          gmt_create: 'Date',
          id: 'Number',
        },
      ],
      code: 'String',
      category: 'Number',
      area: 'String',
      is_delete: 'Boolean',
      status: 'Number',
      company_id: 'Number',
      floor_name: 'String',
      floor_id: 'Number',
      building_name: 'String',
      building_id: 'Number',
      campus_name: 'String',
      campus_code: 'String',
      campus_id: 'Number',
      type_name: 'String',
      type_code: 'String',
      type_id: 'Number',
      height: 'String',
      gmt_modified: 'Date',
      modifier: 'String',
      creator: 'String',
      gmt_create: 'Date',
      id: 'Number',
      name: 'String',
      ft_id: 'String',
      geo_floor_id: 'Number',
      uuid: 'String',
      central: {
        lng: 'String',
        lat: 'String',
      },
      category_name: 'String',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.unit.getbyid`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetbyidOperation = {
  method: 'alibaba.campus.space.unit.getbyid',
  responseRoot: 'alibaba_campus_space_unit_getbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据ID查询指定空间单元信息 — calls TOP method `alibaba.campus.space.unit.getbyid`.
 *
 * 根据ID查询指定空间单元信息
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceUnitApiTopService
 * HSF方法名称：getById
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetbyid(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetbyidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetbyidResponse> {
  return client.call<AlibabaCampusSpaceUnitGetbyidResponse>(
    {
      method: 'alibaba.campus.space.unit.getbyid',
      responseRoot: 'alibaba_campus_space_unit_getbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
