// Generated from specs/campus/alibaba.campus.space.unit.getspaceunitwithattr.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getspaceunitwithattr` (空间单元id查业务属性实例). */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrRequest {
  /** 操作用户上下文 */
  context?: AlibabaCampusSpaceUnitGetspaceunitwithattrWorkBenchContextInput;
  /** 空间单元id */
  space_unit_id: Int64Input;
}

/** Response of `alibaba.campus.space.unit.getspaceunitwithattr`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrResponse {
  /** 返回结果 */
  result?: AlibabaCampusSpaceUnitGetspaceunitwithattrPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getspaceunitwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrWorkBenchContextInput {
  /** 用户id */
  user_id?: Int64Input;
  /** 园区编码 */
  campus_code?: string;
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.space.unit.getspaceunitwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrPojoResult {
  /** 返回内容 */
  content?: AlibabaCampusSpaceUnitGetspaceunitwithattrPoiInfo;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否调用成功 */
  success?: boolean;
  /** 错误级别 */
  error_level?: string;
}

/** `PoiInfo` of `alibaba.campus.space.unit.getspaceunitwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrPoiInfo {
  /** 空间单元uuid */
  uuid?: string;
  /** 空间单元名 */
  name?: string;
  /** 园区名 */
  campus_name?: string;
  /** 园区编码 */
  campus_code?: string;
  /** 类型名 */
  type_name?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** areaStr */
  area?: string;
  /** heightStr */
  height?: string;
  /** 楼层名 */
  floor_name?: string;
  /** 空间种类，1室内，2室外，3 逻辑, 4 虚拟 */
  category?: Int64;
  /** 空间单元id */
  id?: Int64;
  /** 类型编码 */
  type_code?: string;
  /** 类型id */
  type_id?: Int64;
  /** 园区id */
  campus_id?: Int64;
  /** SpaceUnit的code映射到PoiInfo的BusinessId */
  code?: string;
  /** 是否删除 */
  is_delete?: boolean;
  /** 楼宇id */
  building_id?: Int64;
  /** 状态 */
  status?: string;
  /** 公司id */
  company_id?: Int64;
  /** 楼宇名 */
  building_name?: string;
  /** 业务属性 */
  attrs?: AlibabaCampusSpaceUnitGetspaceunitwithattrTypeAttrInstance[];
  /** 地图图元id */
  ft_id?: string;
  /** 地图楼层id */
  geo_floor_id?: Int64;
  /** 中心点坐标 */
  central?: AlibabaCampusSpaceUnitGetspaceunitwithattrPoint;
}

/** `TypeAttrInstance` of `alibaba.campus.space.unit.getspaceunitwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrTypeAttrInstance {
  /** 业务属性id */
  type_attr_ref_id?: Int64;
  /** 业务属性名 */
  attr_name?: string;
  /** 业务属性编码 */
  attr_code?: string;
  /** 值 */
  value?: string;
  /** 属性实例的uuid */
  uuid?: string;
  /** 值类型 */
  value_type?: string;
}

/** `Point` of `alibaba.campus.space.unit.getspaceunitwithattr`. */
export interface AlibabaCampusSpaceUnitGetspaceunitwithattrPoint {
  /** 经度 */
  lng?: string;
  /** 纬度 */
  lat?: string;
}

const REQUEST_SCHEMA = {
  context: {
    user_id: 'Number',
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  space_unit_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      uuid: 'String',
      name: 'String',
      campus_name: 'String',
      campus_code: 'String',
      type_name: 'String',
      floor_id: 'Number',
      area: 'String',
      height: 'String',
      floor_name: 'String',
      category: 'Number',
      id: 'Number',
      type_code: 'String',
      type_id: 'Number',
      campus_id: 'Number',
      code: 'String',
      is_delete: 'Boolean',
      building_id: 'Number',
      status: 'String',
      company_id: 'Number',
      building_name: 'String',
      attrs: [
        {
          type_attr_ref_id: 'Number',
          attr_name: 'String',
          attr_code: 'String',
          value: 'String',
          uuid: 'String',
          value_type: 'String',
        },
      ],
      ft_id: 'String',
      geo_floor_id: 'Number',
      central: {
        lng: 'String',
        lat: 'String',
      },
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.unit.getspaceunitwithattr`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetspaceunitwithattrOperation = {
  method: 'alibaba.campus.space.unit.getspaceunitwithattr',
  responseRoot: 'alibaba_campus_space_unit_getspaceunitwithattr_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 空间单元id查业务属性实例 — calls TOP method `alibaba.campus.space.unit.getspaceunitwithattr`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetspaceunitwithattr(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetspaceunitwithattrRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetspaceunitwithattrResponse> {
  return client.call<AlibabaCampusSpaceUnitGetspaceunitwithattrResponse>(
    {
      method: 'alibaba.campus.space.unit.getspaceunitwithattr',
      responseRoot: 'alibaba_campus_space_unit_getspaceunitwithattr_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
