// Generated from specs/tmallgeniescp/alibaba.tmallgenie.scp.plan.channel.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.tmallgenie.scp.plan.channel.get` (5-IBP同步渠道接口). */
export interface AlibabaTmallgenieScpPlanChannelGetRequest {
  /** 扩展参数 */
  request_extend_json?: string;
}

/** Response of `alibaba.tmallgenie.scp.plan.channel.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaTmallgenieScpPlanChannelGetResponse {
  /** 返回对象封装 */
  result?: AlibabaTmallgenieScpPlanChannelGetDataResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `DataResult` of `alibaba.tmallgenie.scp.plan.channel.get`. */
export interface AlibabaTmallgenieScpPlanChannelGetDataResult {
  /** 结果msg */
  result_msg?: string;
  /** 请求唯一ID */
  trace_id?: string;
  /** 结果code */
  result_code?: string;
  /** 数据对象列表 */
  data_list?: AlibabaTmallgenieScpPlanChannelGetIbpChannelDto[];
}

/** `IbpChannelDto` of `alibaba.tmallgenie.scp.plan.channel.get`. */
export interface AlibabaTmallgenieScpPlanChannelGetIbpChannelDto {
  /** 租户 */
  tenant?: string;
  /** 渠道名称 */
  channel_name?: string;
  /** 渠道ID */
  channel_id?: string;
  /** 扩展参数 */
  extend_json?: string;
}

const REQUEST_SCHEMA = {
  request_extend_json: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    result_msg: 'String',
    trace_id: 'String',
    result_code: 'String',
    data_list: [
      {
        tenant: 'String',
        channel_name: 'String',
        channel_id: 'String',
        extend_json: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.tmallgenie.scp.plan.channel.get`: method, response root, request and response schemas. */
export const alibabaTmallgenieScpPlanChannelGetOperation = {
  method: 'alibaba.tmallgenie.scp.plan.channel.get',
  responseRoot: 'alibaba_tmallgenie_scp_plan_channel_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 5-IBP同步渠道接口 — calls TOP method `alibaba.tmallgenie.scp.plan.channel.get`.
 *
 * IBP同步渠道接口
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaTmallgenieScpPlanChannelGet(
  client: TopClient,
  request: AlibabaTmallgenieScpPlanChannelGetRequest = {},
  options?: CallOptions,
): Promise<AlibabaTmallgenieScpPlanChannelGetResponse> {
  return client.call<AlibabaTmallgenieScpPlanChannelGetResponse>(
    {
      method: 'alibaba.tmallgenie.scp.plan.channel.get',
      responseRoot: 'alibaba_tmallgenie_scp_plan_channel_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
