// Generated from specs/campus/alibaba.campus.space.unit.getlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getlist` (多条件查询空间单元信息). */
export interface AlibabaCampusSpaceUnitGetlistRequest {
  /** 查询条件封装 */
  param0: AlibabaCampusSpaceUnitGetlistWorkBenchContextInput;
  /** 查询参数封装 */
  param1: AlibabaCampusSpaceUnitGetlistSpaceUnitQueryInput;
}

/** Response of `alibaba.campus.space.unit.getlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetlistResponse {
  /** results */
  result?: AlibabaCampusSpaceUnitGetlistListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getlist`. */
export interface AlibabaCampusSpaceUnitGetlistWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** 公司ID */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `SpaceUnitQuery` of `alibaba.campus.space.unit.getlist`. */
export interface AlibabaCampusSpaceUnitGetlistSpaceUnitQueryInput {
  /** 分页限制 */
  limit?: Int64Input;
  /** 空间单元ID集合 */
  ids?: Int64Input[];
  /** 空间类别code */
  type_code?: string;
  /** 楼层ID */
  floor_id?: Int64Input;
  /** 空间单元名称 */
  name?: string;
  /** 当前页码 */
  current_page?: Int64Input;
  /** 公司ID */
  company_id?: Int64Input;
  /** 空间类别 */
  type_id?: Int64Input;
  /** 园区ID */
  campus_id?: Int64Input;
  /** 楼宇ID */
  building_id?: Int64Input;
  /** 空间单元类别 */
  category?: Int64Input;
  /** 空间编号 */
  code?: string;
  /** 名称或者编码 */
  name_or_code?: string;
  /** 空间编号关键字用于模糊查询 */
  code_key_word?: string;
  /** 启用停用 */
  status?: Int64Input;
}

/** `ListResult` of `alibaba.campus.space.unit.getlist`. */
export interface AlibabaCampusSpaceUnitGetlistListResult {
  /** content */
  contents?: AlibabaCampusSpaceUnitGetlistContents[];
  /** 总数量 */
  total_count?: Int64;
  /** 请求id */
  request_id?: string;
  /** 错误编码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否执行成功 */
  success?: boolean;
  /** 错误等级 */
  error_level?: string;
}

/** `Contents` of `alibaba.campus.space.unit.getlist`. */
export interface AlibabaCampusSpaceUnitGetlistContents {
  /** 楼宇名称 */
  building_name?: string;
  /** 公司id */
  company_id?: Int64;
  /** 状态,0为停用,1为启用 */
  status?: Int64;
  /** 楼宇id */
  building_id?: Int64;
  /** 针对同一位置的同业务poi设置group_id */
  group_id?: Int64;
  /** 修改时间 */
  gmt_modified?: string;
  /** 是否删除,0代表未删除,1代表删除 */
  is_delete?: boolean;
  /** 同businessId */
  code?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 分类id */
  type_id?: Int64;
  /** 创建者 */
  creator?: string;
  /** 分类编码 */
  type_code?: string;
  /** id */
  id?: Int64;
  /** 修改时间 */
  modifier?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 空间种类，1室内，2室外，3 逻辑 */
  category?: Int64;
  /** 楼层名称 */
  floor_name?: string;
  /** heightStr */
  height?: string;
  /** areaStr */
  area?: string;
  /** 楼层id */
  floor_id?: Int64;
  /** 分类名称 */
  type_name?: string;
  /** 园区编码 */
  campus_code?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 空间单元名称 */
  name?: string;
  /** 地图图元id */
  ft_id?: string;
  /** 地图楼层id */
  geo_floor_id?: Int64;
  /** uuid */
  uuid?: string;
  /** 1室内，2室外，3 逻辑, 4 虚拟 */
  category_name?: string;
}

const REQUEST_SCHEMA = {
  param0: {
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    limit: 'Number',
    ids: ['Number'],
    type_code: 'String',
    floor_id: 'Number',
    name: 'String',
    current_page: 'Number',
    company_id: 'Number',
    type_id: 'Number',
    campus_id: 'Number',
    building_id: 'Number',
    category: 'Number',
    code: 'String',
    name_or_code: 'String',
    code_key_word: 'String',
    status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        building_name: 'String',
        company_id: 'Number',
        status: 'Number',
        building_id: 'Number',
        group_id: 'Number',
        gmt_modified: 'Date',
        is_delete: 'Boolean',
        code: 'String',
        campus_id: 'Number',
        type_id: 'Number',
        creator: 'String',
        type_code: 'String',
        id: 'Number',
        modifier: 'String',
        gmt_create: 'Date',
        category: 'Number',
        floor_name: 'String',
        height: 'String',
        area: 'String',
        floor_id: 'Number',
        type_name: 'String',
        campus_code: 'String',
        campus_name: 'String',
        name: 'String',
        ft_id: 'String',
        geo_floor_id: 'Number',
        uuid: 'String',
        category_name: 'String',
      },
    ],
    total_count: 'Number',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.unit.getlist`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetlistOperation = {
  method: 'alibaba.campus.space.unit.getlist',
  responseRoot: 'alibaba_campus_space_unit_getlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 多条件查询空间单元信息 — calls TOP method `alibaba.campus.space.unit.getlist`.
 *
 * 多条件查询空间单元信息
 * HSF接口名称：com.alibaba.campus.api.space.service.top.SpaceUnitApiTopService
 * HSF方法名称：getList
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetlist(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetlistRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetlistResponse> {
  return client.call<AlibabaCampusSpaceUnitGetlistResponse>(
    {
      method: 'alibaba.campus.space.unit.getlist',
      responseRoot: 'alibaba_campus_space_unit_getlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
