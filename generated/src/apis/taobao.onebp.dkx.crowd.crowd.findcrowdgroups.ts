// Generated from specs/scs/taobao.onebp.dkx.crowd.crowd.findcrowdgroups.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups` (获取人群组). */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsApiServiceContextInput;
  /** 官方人群查询 */
  group_query: TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsGroupQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`. */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsApiServiceContextInput {
  /** api业务线编码 */
  biz_code?: string;
}

/** `GroupQueryTopDto` of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`. */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsGroupQueryTopDtoInput {
  /** 营销场景 */
  market_scene?: string;
  /** 人群id */
  group_id?: Int64Input;
}

/** `ResultDto` of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`. */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  template_group_top_d_t_o_list?: TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsTemplateGroupTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResultCode;
}

/** `TemplateGroupTopDto` of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`. */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsTemplateGroupTopDto {
  /** 人群id */
  group_id?: Int64;
  /** 人群名称 */
  group_name?: string;
  /** 人群描述 */
  group_desc?: string;
}

/** `ResultCode` of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`. */
export interface TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResultCode {
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
    market_scene: 'String',
    group_id: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    template_group_top_d_t_o_list: [
      {
        group_id: 'Number',
        group_name: 'String',
        group_desc: 'String',
      },
    ],
    total_count: 'Number',
    message: 'String',
    result_code: {
      code: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`: method, response root, request and response schemas. */
export const taobaoOnebpDkxCrowdCrowdFindcrowdgroupsOperation = {
  method: 'taobao.onebp.dkx.crowd.crowd.findcrowdgroups',
  responseRoot: 'onebp_dkx_crowd_crowd_findcrowdgroups_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取人群组 — calls TOP method `taobao.onebp.dkx.crowd.crowd.findcrowdgroups`.
 *
 * 获取人群组
 * 入参1示例：{"biz_code":"adStrategyDkx"}
 * 入参2示例：{ "market_scene": "ad_strategy_laxin"}
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxCrowdCrowdFindcrowdgroups(
  client: TopClient,
  request: TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResponse> {
  return client.call<TaobaoOnebpDkxCrowdCrowdFindcrowdgroupsResponse>(
    {
      method: 'taobao.onebp.dkx.crowd.crowd.findcrowdgroups',
      responseRoot: 'onebp_dkx_crowd_crowd_findcrowdgroups_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
