// Generated from specs/alihouse/alibaba.alihouse.newhome.region.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alihouse.newhome.region.sync` (城区数据同步). */
export interface AlibabaAlihouseNewhomeRegionSyncRequest {
  /** 城区数据 */
  base_region_dto: AlibabaAlihouseNewhomeRegionSyncBaseRegionDtoInput;
}

/** Response of `alibaba.alihouse.newhome.region.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlihouseNewhomeRegionSyncResponse {
  /** 接口返回model */
  result?: AlibabaAlihouseNewhomeRegionSyncResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `BaseRegionDto` of `alibaba.alihouse.newhome.region.sync`. */
export interface AlibabaAlihouseNewhomeRegionSyncBaseRegionDtoInput {
  /** 高德围栏 */
  fencing: string;
  /** 高德中心纬度 */
  gaode_latitude: string;
  /** 高德中心经度 */
  gaode_longitude: string;
  /** 名称简称 */
  name_simple: string;
  /** 名称全称 */
  name: string;
  /** 名称拼音全字母 */
  name_pinyin: string;
  /** 名称拼音首字母 */
  name_pinyin_simple: string;
  /** 区域类型 */
  region_type: string;
  /** 区域代码 */
  region_id: Int64Input;
  /** 父级ID */
  parent_id?: Int64Input;
  /** 外部城区ID -- 唯一 */
  outer_region_id: string;
  /** 1或0 1删除 0不删 */
  is_deleted?: string;
  /** 数据源类型（1-新房 2-二手房） */
  source_type?: Int64Input;
}

/** `Result` of `alibaba.alihouse.newhome.region.sync`. */
export interface AlibabaAlihouseNewhomeRegionSyncResult {
  /** 返回外部ID */
  data?: string;
  /** 是否成功 */
  success?: boolean;
  /** message */
  message?: string;
  /** code */
  code?: string;
}

const REQUEST_SCHEMA = {
  base_region_dto: {
    fencing: 'String',
    gaode_latitude: 'String',
    gaode_longitude: 'String',
    name_simple: 'String',
    name: 'String',
    name_pinyin: 'String',
    name_pinyin_simple: 'String',
    region_type: 'String',
    region_id: 'Number',
    parent_id: 'Number',
    outer_region_id: 'String',
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

/** Static description of `alibaba.alihouse.newhome.region.sync`: method, response root, request and response schemas. */
export const alibabaAlihouseNewhomeRegionSyncOperation = {
  method: 'alibaba.alihouse.newhome.region.sync',
  responseRoot: 'alibaba_alihouse_newhome_region_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 城区数据同步 — calls TOP method `alibaba.alihouse.newhome.region.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlihouseNewhomeRegionSync(
  client: TopClient,
  request: AlibabaAlihouseNewhomeRegionSyncRequest,
  options?: CallOptions,
): Promise<AlibabaAlihouseNewhomeRegionSyncResponse> {
  return client.call<AlibabaAlihouseNewhomeRegionSyncResponse>(
    {
      method: 'alibaba.alihouse.newhome.region.sync',
      responseRoot: 'alibaba_alihouse_newhome_region_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
