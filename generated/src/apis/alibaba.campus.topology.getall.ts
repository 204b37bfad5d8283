// Generated from specs/campus/alibaba.campus.topology.getall.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.campus.topology.getall` (获取管理园区的规则拓扑接口). */
export interface AlibabaCampusTopologyGetallRequest {
  /** 园区id */
  campus_id: Int64Input;
  /** 公司id */
  company_id?: Int64Input;
  /** 系统id */
  system_id?: string;
}

/** Response of `alibaba.campus.topology.getall`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCampusTopologyGetallResponse {
  /** 返回结果 */
  result?: AlibabaCampusTopologyGetallListResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ListResult` of `alibaba.campus.topology.getall`. */
export interface AlibabaCampusTopologyGetallListResult {
  /** 规则列表数据 */
  content_list?: (string | Record<string, unknown>)[];
  /** 总数 */
  total_count?: Int64;
  /** 请求id */
  request_id?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 是否成功 */
  success?: boolean;
  /** 错误级别 */
  error_level?: string;
  /** 错误扩展信息 */
  error_ext_info?: string | Record<string, unknown>;
}

const REQUEST_SCHEMA = {
  campus_id: 'Number',
  company_id: 'Number',
  system_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content_list: ['Json'],
    total_count: 'Number',
    request_id: 'String',
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
    error_level: 'String',
    error_ext_info: 'Json',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.campus.topology.getall`: method, response root, request and response schemas. */
export const alibabaCampusTopologyGetallOperation = {
  method: 'alibaba.campus.topology.getall',
  responseRoot: 'alibaba_campus_topology_getall_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取管理园区的规则拓扑接口 — calls TOP method `alibaba.campus.topology.getall`.
 *
 * 获取所属园区的所有规则拓扑图
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCampusTopologyGetall(
  client: TopClient,
  request: AlibabaCampusTopologyGetallRequest,
  options?: CallOptions,
): Promise<AlibabaCampusTopologyGetallResponse> {
  return client.call<AlibabaCampusTopologyGetallResponse>(
    {
      method: 'alibaba.campus.topology.getall',
      responseRoot: 'alibaba_campus_topology_getall_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
