// Generated from specs/campus/alibaba.campus.space.getbyids.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.getbyids` (根据ids和类型查询空间列表). */
export interface AlibabaCampusSpaceGetbyidsRequest {
  /** 上下文 */
  context?: AlibabaCampusSpaceGetbyidsWorkBenchContextInput;
  /** 查询条件 */
  query?: AlibabaCampusSpaceGetbyidsSpaceIdsQueryInput;
}

/** Response of `alibaba.campus.space.getbyids`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceGetbyidsResponse {
  /** 外卖订单查询结果 */
  result?: AlibabaCampusSpaceGetbyidsListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.getbyids`. */
export interface AlibabaCampusSpaceGetbyidsWorkBenchContextInput {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `SpaceIdsQuery` of `alibaba.campus.space.getbyids`. */
export interface AlibabaCampusSpaceGetbyidsSpaceIdsQueryInput {
  /** building/floor */
  space_type: string;
  /** ids */
  ids: Int64Input[];
}

/** `ListResult` of `alibaba.campus.space.getbyids`. */
export interface AlibabaCampusSpaceGetbyidsListResult {
  /** 是否成功 */
  success?: boolean;
  /** 错误码 */
  error_code?: string;
  /** 空间实体列表 */
  contents?: AlibabaCampusSpaceGetbyidsContent[];
  /** 错误信息 */
  error_msg?: string;
}

/** `Content` of `alibaba.campus.space.getbyids`. */
export interface AlibabaCampusSpaceGetbyidsContent {
  /** 面积 */
  area?: string;
  /** 创建人 */
  creator?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 排序号 */
  order_no?: Int64;
  /** code */
  code?: string;
  /** 类型 */
  space_type?: string;
  /** 园区名称 */
  campus_name?: string;
  /** 是否删除 */
  is_delete?: boolean;
  /** 修改人 */
  modifier?: string;
  /** 园区id */
  campus_id?: Int64;
  /** 地图楼层id */
  geo_floor_id?: Int64;
  /** 描述 */
  description?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** uuid */
  uuid?: string;
  /** 楼宇id */
  building_id?: Int64;
  /** 楼层id */
  floor_id?: Int64;
  /** 楼宇名称 */
  building_name?: string;
  /** 公司id */
  company_id?: Int64;
  /** 名称 */
  name?: string;
  /** 楼层名称 */
  floor_name?: string;
  /** id */
  id?: Int64;
  /** 状态 */
  status?: Int64;
  /** 高度 */
  height?: string;
}

const REQUEST_SCHEMA = {
  context: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  query: {
    space_type: 'String',
    ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    contents: [
      {
        area: 'String',
        creator: 'String',
        gmt_modified: 'Date',
        order_no: 'Number',
        code: 'String',
        space_type: 'String',
        campus_name: 'String',
        is_delete: 'Boolean',
        modifier: 'String',
        campus_id: 'Number',
        geo_floor_id: 'Number',
        description: 'String',
        gmt_create: 'Date',
        uuid: 'String',
        building_id: 'Number',
        floor_id: 'Number',
        building_name: 'String',
        company_id: 'Number',
        name: 'String',
        floor_name: 'String',
        id: 'Number',
        status: 'Number',
        height: 'String',
      },
    ],
    error_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.getbyids`: method, response root, request and response schemas. */
export const alibabaCampusSpaceGetbyidsOperation = {
  method: 'alibaba.campus.space.getbyids',
  responseRoot: 'alibaba_campus_space_getbyids_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据ids和类型查询空间列表 — calls TOP method `alibaba.campus.space.getbyids`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceGetbyids(
  client: TopClient,
  request: AlibabaCampusSpaceGetbyidsRequest = {},
  options?: CallOptions,
): Promise<AlibabaCampusSpaceGetbyidsResponse> {
  return client.call<AlibabaCampusSpaceGetbyidsResponse>(
    {
      method: 'alibaba.campus.space.getbyids',
      responseRoot: 'alibaba_campus_space_getbyids_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
