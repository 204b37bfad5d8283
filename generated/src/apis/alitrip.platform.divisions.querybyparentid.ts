// Generated from specs/alitripdivisions/alitrip.platform.divisions.querybyparentid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alitrip.platform.divisions.querybyparentid` (根据父节点id查询下级行政区划数据). */
export interface AlitripPlatformDivisionsQuerybyparentidRequest {
  /** 行政区划父id */
  param_long: Int64Input;
}

/** Response of `alitrip.platform.divisions.querybyparentid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlitripPlatformDivisionsQuerybyparentidResponse {
  /** 接口返回model */
  result?: AlitripPlatformDivisionsQuerybyparentidResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alitrip.platform.divisions.querybyparentid`. */
export interface AlitripPlatformDivisionsQuerybyparentidResult {
  /** http status code */
  http_status_code?: Int64;
  /** mapping code */
  mapping_code?: string;
  /** model */
  model?: AlitripPlatformDivisionsQuerybyparentidTrdiDivisionBasicListVo;
  /** msgCode */
  msg_code?: string;
  /** msgInfo */
  msg_info?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `TrdiDivisionBasicListVo` of `alitrip.platform.divisions.querybyparentid`. */
export interface AlitripPlatformDivisionsQuerybyparentidTrdiDivisionBasicListVo {
  /** model */
  list?: AlitripPlatformDivisionsQuerybyparentidTrdiDivisionBasicVo[];
}

/** `TrdiDivisionBasicVo` of `alitrip.platform.divisions.querybyparentid`. */
export interface AlitripPlatformDivisionsQuerybyparentidTrdiDivisionBasicVo {
  /** 国家码 */
  country_code2?: string;
  /** 国家名称 */
  country_name?: string;
  /** 行政区划id */
  id?: Int64;
  /** 纬度 */
  latitude?: string;
  /** 省 */
  level?: Int64;
  /** 经度 */
  longitude?: string;
  /** 名称 */
  name?: string;
  /** 简称 */
  name_abbr?: string;
  /** 英文名称 */
  name_en?: string;
  /** 父节点id */
  parent_id?: Int64;
  /** 拼音 */
  pinyin?: string;
  /** 简拼 */
  py?: string;
  /** 层级树id */
  tree_id?: string;
  /** 层级树名称 */
  tree_name?: string;
}

const REQUEST_SCHEMA = {
  param_long: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    http_status_code: 'Number',
    mapping_code: 'String',
    model: {
      list: [
        {
          country_code2: 'String',
          country_name: 'String',
          id: 'Number',
          latitude: 'String',
          level: 'Number',
          longitude: 'String',
          name: 'String',
          name_abbr: 'String',
          name_en: 'String',
          parent_id: 'Number',
          pinyin: 'String',
          py: 'String',
          tree_id: 'String',
          tree_name: 'String',
        },
      ],
    },
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alitrip.platform.divisions.querybyparentid`: method, response root, request and response schemas. */
export const alitripPlatformDivisionsQuerybyparentidOperation = {
  method: 'alitrip.platform.divisions.querybyparentid',
  responseRoot: 'alitrip_platform_divisions_querybyparentid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 根据父节点id查询下级行政区划数据 — calls TOP method `alitrip.platform.divisions.querybyparentid`.
 *
 * 根据行政区划id查询下一层级行政区划数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alitripPlatformDivisionsQuerybyparentid(
  client: TopClient,
  request: AlitripPlatformDivisionsQuerybyparentidRequest,
  options?: CallOptions,
): Promise<AlitripPlatformDivisionsQuerybyparentidResponse> {
  return client.call<AlitripPlatformDivisionsQuerybyparentidResponse>(
    {
      method: 'alitrip.platform.divisions.querybyparentid',
      responseRoot: 'alitrip_platform_divisions_querybyparentid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
