// Generated from specs/campus/alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids` (根据userId(支持单个或批量)获取用户实时位置信息). */
export interface AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsRequest {
  /** 环境参数 */
  param0: AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsWorkBenchContextInput;
  /** 查询参数 */
  param1?: AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsUserLocationInfoQueryInput;
}

/** Response of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsResponse {
  /** result */
  result?: AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`. */
export interface AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsWorkBenchContextInput {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `UserLocationInfoQuery` of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`. */
export interface AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsUserLocationInfoQueryInput {
  /** 用户id */
  user_id?: string;
  /** 用户id集合 */
  user_ids?: string[];
}

/** `ListResult` of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`. */
export interface AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsListResult {
  /** content */
  contents?: AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsUserLocationInfo[];
  /** requestId */
  request_id?: string;
  /** totalCount */
  total_count?: Int64;
  /** errorCode */
  error_code?: string;
  /** errorMsg */
  error_msg?: string;
  /** success */
  success?: boolean;
  /** errorLevel */
  error_level?: string;
}

/** `UserLocationInfo` of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`. */
export interface AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsUserLocationInfo {
  /** id */
  id?: Int64;
  /** 描述identity的种类,1代表传入的是userid,此种情况identity为空,2代表mac地址,3代表支付宝id */
  identity_type?: Int64;
  /** 用户身份信息,mac地址或者支付宝id或者其他 */
  identity?: string;
  /** 是否删除 */
  is_delete?: boolean;
  /** 结构 */
  geometry?: string;
  /** 来源 */
  source?: Int64;
  /** 高德楼层id */
  geo_floor_id?: Int64;
  /** 园区id */
  campus_id?: Int64;
  /** 空间单元id */
  space_unit_id?: string;
  /** 纬度 */
  lat?: string;
  /** 进度 */
  lng?: string;
  /** 用户id */
  user_id?: string;
  /** 坐标系EPSG code */
  s_r_i_d?: Int64;
}

const REQUEST_SCHEMA = {
  param0: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    user_id: 'String',
    user_ids: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    contents: [
      {
        id: 'Number',
        identity_type: 'Number',
        identity: 'String',
        is_delete: 'Boolean',
        geometry: 'String',
        source: 'Number',
        geo_floor_id: 'Number',
        campus_id: 'Number',
        space_unit_id: 'String',
        lat: 'String',
        lng: 'String',
        user_id: 'String',
        s_r_i_d: 'Number',
      },
    ],
    request_id: 'String',
    total_count: 'Number',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`: method, response root, request and response schemas. */
export const alibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsOperation = {
  method: 'alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids',
  responseRoot: 'alibaba_campus_adminmap_userlocationinfo_getactualuserlocationinfobyids_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据userId(支持单个或批量)获取用户实时位置信息 — calls TOP method `alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids`.
 *
 * 根据userId(支持单个或批量)获取用户实时位置信息
 * HSF接口名称：com.alibaba.campus.api.adminmap.service.top.UserLocationQueryApiTopService
 * HSF方法名称：getActualUserLocationInfoByIds
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyids(
  client: TopClient,
  request: AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsResponse> {
  return client.call<AlibabaCampusAdminmapUserlocationinfoGetactualuserlocationinfobyidsResponse>(
    {
      method: 'alibaba.campus.adminmap.userlocationinfo.getactualuserlocationinfobyids',
      responseRoot: 'alibaba_campus_adminmap_userlocationinfo_getactualuserlocationinfobyids_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
