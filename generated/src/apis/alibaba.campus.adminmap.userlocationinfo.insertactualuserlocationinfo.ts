// Generated from specs/campus/alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo` (上传用户实时位置). */
export interface AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoRequest {
  /** 环境参数 */
  param0: AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoWorkBenchContextInput;
  /** 查询参数 */
  param1: AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoUserLocationInfoInput;
}

/** Response of `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoResponse {
  /** result */
  result?: AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoPojoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo`. */
export interface AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoWorkBenchContextInput {
  /** 公司id */
  company_id?: Int64Input;
  /** 园区id */
  campus_id: Int64Input;
}

/** `UserLocationInfo` of `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo`. */
export interface AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoUserLocationInfoInput {
  /** 1代表传入的是userId,2代表mac地址,3代表支付宝id */
  identity_type?: Int64Input;
  /** 地图楼层id */
  geo_floor_id: Int64Input;
  /** 经度 */
  lng: string;
  /** 数据来源(1代表wifi,2代表蓝牙) */
  source: Int64Input;
  /** 用户Id */
  user_id?: string;
  /** 纬度 */
  lat: string;
  /** 用户身份信息(可能是mac地址或者支付宝id或者其他,也可以为空) */
  identity?: string;
  /** 经纬度类型1代表GPS,2代表mercator; */
  geometry_type: Int64Input;
}

/** `PojoResult` of `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo`. */
export interface AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoPojoResult {
  /** content */
  content?: boolean;
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

const REQUEST_SCHEMA = {
  param0: {
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    identity_type: 'Number',
    geo_floor_id: 'Number',
    lng: 'String',
    source: 'Number',
    user_id: 'String',
    lat: 'String',
    identity: 'String',
    geometry_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'Boolean',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo`: method, response root, request and response schemas. */
export const alibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoOperation = {
  method: 'alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo',
  responseRoot: 'alibaba_campus_adminmap_userlocationinfo_insertactualuserlocationinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传用户实时位置 — calls TOP method `alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo`.
 *
 * 上传用户实时位置
 * HSF接口名称：com.alibaba.campus.api.adminmap.service.top.UserLocationQueryApiTopService
 * HSF方法名称：insertActualUserLocationInfo
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfo(
  client: TopClient,
  request: AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoRequest,
  options?: CallOptions,
): Promise<AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoResponse> {
  return client.call<AlibabaCampusAdminmapUserlocationinfoInsertactualuserlocationinfoResponse>(
    {
      method: 'alibaba.campus.adminmap.userlocationinfo.insertactualuserlocationinfo',
      responseRoot: 'alibaba_campus_adminmap_userlocationinfo_insertactualuserlocationinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
