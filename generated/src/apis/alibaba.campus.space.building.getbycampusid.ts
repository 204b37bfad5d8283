// Generated from specs/campus/alibaba.campus.space.building.getbycampusid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.building.getbycampusid` (根据园区ID获取楼宇). */
export interface AlibabaCampusSpaceBuildingGetbycampusidRequest {
  /** 系统自动生成 */
  param0: AlibabaCampusSpaceBuildingGetbycampusidWorkBenchContextInput;
  /** 园区封装 */
  param1: AlibabaCampusSpaceBuildingGetbycampusidBuildingQueryInput;
}

/** Response of `alibaba.campus.space.building.getbycampusid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceBuildingGetbycampusidResponse {
  /** result */
  result?: AlibabaCampusSpaceBuildingGetbycampusidListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.building.getbycampusid`. */
export interface AlibabaCampusSpaceBuildingGetbycampusidWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `BuildingQuery` of `alibaba.campus.space.building.getbycampusid`. */
export interface AlibabaCampusSpaceBuildingGetbycampusidBuildingQueryInput {
  /** 园区ID */
  campus_id: Int64Input;
}

/** `ListResult` of `alibaba.campus.space.building.getbycampusid`. */
export interface AlibabaCampusSpaceBuildingGetbycampusidListResult {
  /** content */
  contents?: AlibabaCampusSpaceBuildingGetbycampusidBuilding[];
  /** totalCount */
  total_count?: Int64;
  /** requestId */
  request_id?: string;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorLevel */
  error_level?: string;
}

/** `Building` of `alibaba.campus.space.building.getbycampusid`. */
export interface AlibabaCampusSpaceBuildingGetbycampusidBuilding {
  /** 所属公司名称 */
  company_name?: string;
  /** 所属公司 */
  company_id?: Int64;
  /** 是否删除，0未删除，1删除 */
  is_delete?: boolean;
  /** 状态，0停用，1启用 */
  status?: Int64;
  /** 楼宇排序号 */
  order_no?: Int64;
  /** 面积 */
  area?: string;
  /** 所属园区Code */
  campus_code?: string;
  /** 所属园区名称 */
  campus_name?: string;
  /** 所属园区ID */
  campus_id?: Int64;
  /** name */
  name?: string;
  /** modifier */
  modifier?: string;
  /** creator */
  creator?: string;
  /** gmtCreate */
  gmt_create?: string;
  /** gmtModified */
  gmt_modified?: string;
  /** id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    campus_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        company_name: 'String',
        company_id: 'Number',
        is_delete: 'Boolean',
        status: 'Number',
        order_no: 'Number',
        area: 'String',
        campus_code: 'String',
        campus_name: 'String',
        campus_id: 'Number',
        name: 'String',
        modifier: 'String',
        creator: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        id: 'Number',
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

/** Static description of `alibaba.campus.space.building.getbycampusid`: method, response root, request and response schemas. */
export const alibabaCampusSpaceBuildingGetbycampusidOperation = {
  method: 'alibaba.campus.space.building.getbycampusid',
  responseRoot: 'alibaba_campus_space_building_getbycampusid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据园区ID获取楼宇 — calls TOP method `alibaba.campus.space.building.getbycampusid`.
 *
 * 根据园区ID获取楼宇
 * HSF接口名称：com.alibaba.campus.api.space.service.top.BuildingApiTopService
 * HSF方法名称：getBuildingList
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceBuildingGetbycampusid(
  client: TopClient,
  request: AlibabaCampusSpaceBuildingGetbycampusidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceBuildingGetbycampusidResponse> {
  return client.call<AlibabaCampusSpaceBuildingGetbycampusidResponse>(
    {
      method: 'alibaba.campus.space.building.getbycampusid',
      responseRoot: 'alibaba_campus_space_building_getbycampusid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
