// Generated from specs/campus/alibaba.campus.space.unit.getlistmapbygroupid.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.space.unit.getlistmapbygroupid` (新增查询多个分组ID各自相关的空间单元信息). */
export interface AlibabaCampusSpaceUnitGetlistmapbygroupidRequest {
  /** 用户环境 */
  param0: AlibabaCampusSpaceUnitGetlistmapbygroupidWorkBenchContextInput;
  /** 查询封装 */
  param1: AlibabaCampusSpaceUnitGetlistmapbygroupidSpaceUnitQueryInput;
}

/** Response of `alibaba.campus.space.unit.getlistmapbygroupid`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusSpaceUnitGetlistmapbygroupidResponse {
  /** result */
  result?: AlibabaCampusSpaceUnitGetlistmapbygroupidMapResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.campus.space.unit.getlistmapbygroupid`. */
export interface AlibabaCampusSpaceUnitGetlistmapbygroupidWorkBenchContextInput {
  /** "" */
  campus_code?: string;
  /** "" */
  company_id?: Int64Input;
  /** 园区ID */
  campus_id: Int64Input;
}

/** `SpaceUnitQuery` of `alibaba.campus.space.unit.getlistmapbygroupid`. */
export interface AlibabaCampusSpaceUnitGetlistmapbygroupidSpaceUnitQueryInput {
  /** 分组ID集合 */
  ids?: Int64Input[];
}

/** `MapResult` of `alibaba.campus.space.unit.getlistmapbygroupid`. */
export interface AlibabaCampusSpaceUnitGetlistmapbygroupidMapResult {
  /** content */
  content?: string;
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
    campus_code: 'String',
    company_id: 'Number',
    campus_id: 'Number',
  },
  param1: {
    ids: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: 'String',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.space.unit.getlistmapbygroupid`: method, response root, request and response schemas. */
export const alibabaCampusSpaceUnitGetlistmapbygroupidOperation = {
  method: 'alibaba.campus.space.unit.getlistmapbygroupid',
  responseRoot: 'alibaba_campus_space_unit_getlistmapbygroupid_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 新增查询多个分组ID各自相关的空间单元信息 — calls TOP method `alibaba.campus.space.unit.getlistmapbygroupid`.
 *
 * 新增查询多个分组ID各自相关的空间单元信息
 * HSF接口名称： com.alibaba.campus.api.space.service.top.SpaceUnitApiTopService
 * HSF方法名称： getListMapByGroupIds
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusSpaceUnitGetlistmapbygroupid(
  client: TopClient,
  request: AlibabaCampusSpaceUnitGetlistmapbygroupidRequest,
  options?: CallOptions,
): Promise<AlibabaCampusSpaceUnitGetlistmapbygroupidResponse> {
  return client.call<AlibabaCampusSpaceUnitGetlistmapbygroupidResponse>(
    {
      method: 'alibaba.campus.space.unit.getlistmapbygroupid',
      responseRoot: 'alibaba_campus_space_unit_getlistmapbygroupid_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
