// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.location.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.location.get` (2-IBP查询CDC和RDC数据接口). */
export interface AlibabaTmallgenieScpLocationGetRequest {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.location.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpLocationGetResponse {
  /** 返回描述 */
  result_msg?: string;
  /** 请求序列号 */
  trace_id?: string;
  /** 返回码 */
  result_code?: string;
  /** 数据集合 */
  data_list?: AlibabaTmallgenieScpLocationGetData[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Data` of `alibaba.tmallgenie.scp.location.get`. */
export interface AlibabaTmallgenieScpLocationGetData {
  /** 扩展参数 */
  extend_json?: string;
  /** 租户 */
  tenant?: string;
  /** CDC或者RDC类型 */
  location_type?: string;
  /** CDC或者RDC名称 */
  location_name?: string;
  /** 地点编码 */
  location_code?: string;
}

const REQUEST_SCHEMA = {
  request_extend_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_msg: 'String',
  trace_id: 'String',
  result_code: 'String',
  data_list: [
    {
      extend_json: 'String',
      tenant: 'String',
      location_type: 'String',
      location_name: 'String',
      location_code: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.location.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpLocationGetOperation = {
  method: 'alibaba.tmallgenie.scp.location.get',
  responseRoot: 'alibaba_tmallgenie_scp_location_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 2-IBP查询CDC和RDC数据接口 — calls TOP method `alibaba.tmallgenie.scp.location.get`.
 *
 * 天猫精灵供应链-计划域-IBP查询CDC和RDC数据接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpLocationGet(
  client: TopClient,
  request: AlibabaTmallgenieScpLocationGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpLocationGetResponse> {
  return client.call<AlibabaTmallgenieScpLocationGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.location.get',
      responseRoot: 'alibaba_tmallgenie_scp_location_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
