// Generated from specs/scs/taobao.onebp.dkx.crowd.crowd.coverage.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.crowd.crowd.coverage` (获取人数预估). */
export interface TaobaoOnebpDkxCrowdCrowdCoverageRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxCrowdCrowdCoverageApiServiceContextInput;
  /** 官方人群查询 */
  group_query: TaobaoOnebpDkxCrowdCrowdCoverageGroupQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.crowd.crowd.coverage`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxCrowdCrowdCoverageResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxCrowdCrowdCoverageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.crowd.crowd.coverage`. */
export interface TaobaoOnebpDkxCrowdCrowdCoverageApiServiceContextInput {
  /** api业务线编码，场景对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `GroupQueryTopDto` of `taobao.onebp.dkx.crowd.crowd.coverage`. */
export interface TaobaoOnebpDkxCrowdCrowdCoverageGroupQueryTopDtoInput {
  /** 模板ID */
  template_id?: Int64Input;
}

/** `ResultDto` of `taobao.onebp.dkx.crowd.crowd.coverage`. */
export interface TaobaoOnebpDkxCrowdCrowdCoverageResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  result?: Int64;
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxCrowdCrowdCoverageResultCode;
}

/** `ResultCode` of `taobao.onebp.dkx.crowd.crowd.coverage`. */
export interface TaobaoOnebpDkxCrowdCrowdCoverageResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
  group_query: {
    template_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    result: 'Number',
    total_count: 'Number',
    message: 'String',
    result_code: {
      code: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.crowd.crowd.coverage`: method, response root, request and response schemas. */
export const taobaoOnebpDkxCrowdCrowdCoverageOperation = {
  method: 'taobao.onebp.dkx.crowd.crowd.coverage',
  responseRoot: 'onebp_dkx_crowd_crowd_coverage_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取人数预估 — calls TOP method `taobao.onebp.dkx.crowd.crowd.coverage`.
 *
 * 获取人数预估，场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxCrowdCrowdCoverage(
  client: TopClient,
  request: TaobaoOnebpDkxCrowdCrowdCoverageRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxCrowdCrowdCoverageResponse> {
  return client.call<TaobaoOnebpDkxCrowdCrowdCoverageResponse>(
    {
      method: 'taobao.onebp.dkx.crowd.crowd.coverage',
      responseRoot: 'onebp_dkx_crowd_crowd_coverage_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
