// Generated from specs/campus/alibaba.campus.space.floor.getbyid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.floor.getbyid` (根据id获取楼层). */
export interface AlibabaCampusSpaceFloorGetbyidRequest {
  /** 环境上下文 */
  context: AlibabaCampusSpaceFloorGetbyidWorkBenchContextInput;
  /** 楼层id */
  id: Int64Input;
}

/** Response of `alibaba.campus.space.floor.getbyid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceFloorGetbyidResponse {
  /** result */
  result?: AlibabaCampusSpaceFloorGetbyidPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.floor.getbyid`. */
export interface AlibabaCampusSpaceFloorGetbyidWorkBenchContextInput {
  /** 园区id */
  campus_id: Int64Input;
}

/** `PojoResult` of `alibaba.campus.space.floor.getbyid`. */
export interface AlibabaCampusSpaceFloorGetbyidPojoResult {
  /** content */
  content?: AlibabaCampusSpaceFloorGetbyidFloor;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误等级 */
  error_level?: string;
}

/** `Floor` of `alibaba.campus.space.floor.getbyid`. */
export interface AlibabaCampusSpaceFloorGetbyidFloor {
  /** 园区id */
  campus_id?: Int64;
  /** 所属公司id */
  company_id?: Int64;
  /** 楼层编码 */
  code?: string;
  /** 楼层名称 */
  name?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 楼宇id */
  building_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** 描述 */
  description?: string;
  /** 排序号 */
  order_no?: Int64;
  /** 高度 */
  height_str?: string;
  /** 面积 */
  area_str?: string;
  /** 状态,1为启用,0位停用 */
  status?: Int64;
  /** 是否删除 */
  is_delete?: boolean;
  /** 地图楼层id */
  geo_floor_id?: Int64;
  /** uuid */
  uuid?: string;
}

const REQUEST_SCHEMA = {
  context: {
    campus_id: 'Number',
  },
  id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      campus_id: 'Number',
      company_id: 'Number',
      code: 'String',
      name: 'String',
      campus_name: 'String',
      building_id: 'Number',
      building_name: 'String',
      description: 'String',
      order_no: 'Number',
      height_str: 'String',
      area_str: 'String',
      status: 'Number',
      is_delete: 'Boolean',
      geo_floor_id: 'Number',
      uuid: 'String',
    },
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.floor.getbyid`: method, response root, request and response schemas. */
export const alibabaCampusSpaceFloorGetbyidOperation = {
  method: 'alibaba.campus.space.floor.getbyid',
  responseRoot: 'alibaba_campus_space_floor_getbyid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据id获取楼层 — calls TOP method `alibaba.campus.space.floor.getbyid`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceFloorGetbyid(
  client: TopClient,
  request: AlibabaCampusSpaceFloorGetbyidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceFloorGetbyidResponse> {
  return client.call<AlibabaCampusSpaceFloorGetbyidResponse>(
    {
      method: 'alibaba.campus.space.floor.getbyid',
      responseRoot: 'alibaba_campus_space_floor_getbyid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
