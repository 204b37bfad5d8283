// Generated from specs/alihouse/alibaba.alihouse.newhome.metro.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.metro.sync` (地铁数据同步). */
export interface AlibabaAlihouseNewhomeMetroSyncRequest {
  /** 地铁入参数据 */
  base_metro_line_dto: AlibabaAlihouseNewhomeMetroSyncBaseMetroLineDtoInput;
}

/** Response of `alibaba.alihouse.newhome.metro.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeMetroSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeMetroSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseMetroLineDto` of `alibaba.alihouse.newhome.metro.sync`. */
export interface AlibabaAlihouseNewhomeMetroSyncBaseMetroLineDtoInput {
  /** 站点出口经纬度 */
  exit_poi?: string;
  /** 所属商圈 */
  business_district?: string;
  /** 站点编号 */
  site_code: string;
  /** 线路编号 */
  line_code: string;
  /** 站所属区域 */
  area_id: Int64Input;
  /** 城市代码 */
  city_id: Int64Input;
  /** 地铁站所属线路 */
  metro_line: string;
  /** 地铁站名称 */
  metro_name: string;
  /** 地铁站代码 */
  metro_code: string;
  /** 外部ID -- 唯一 */
  outer_metro_id: string;
  /** 高德中心纬度坐标 */
  gaode_latitude?: string;
  /** 高德中心经度坐标 */
  gaode_longitude?: string;
  /** 是否删除 0 否 1是（默认0） */
  is_deleted?: string;
  /** 数据源类型（1-新房 2-二手房） */
  source_type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.metro.sync`. */
export interface AlibabaAlihouseNewhomeMetroSyncResult {
  /** 外部ID */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  base_metro_line_dto: {
    exit_poi: 'String',
    business_district: 'String',
    site_code: 'String',
    line_code: 'String',
    area_id: 'Number',
    city_id: 'Number',
    metro_line: 'String',
    metro_name: 'String',
    metro_code: 'String',
    outer_metro_id: 'String',
    gaode_latitude: 'String',
    gaode_longitude: 'String',
    is_deleted: 'String',
    source_type: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: 'String',
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alihouse.newhome.metro.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeMetroSyncOperation = {
  method: 'alibaba.alihouse.newhome.metro.sync',
  responseRoot: 'alibaba_alihouse_newhome_metro_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 地铁数据同步 — calls TOP method `alibaba.alihouse.newhome.metro.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeMetroSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeMetroSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeMetroSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeMetroSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.metro.sync',
      responseRoot: 'alibaba_alihouse_newhome_metro_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
