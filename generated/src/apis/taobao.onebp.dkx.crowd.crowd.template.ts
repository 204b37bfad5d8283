// Generated from specs/scs/taobao.onebp.dkx.crowd.crowd.template.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.crowd.crowd.template` (获取人群模版). */
export interface TaobaoOnebpDkxCrowdCrowdTemplateRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxCrowdCrowdTemplateApiServiceContextInput;
  /** 官方人群查询 */
  group_query: TaobaoOnebpDkxCrowdCrowdTemplateGroupQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.crowd.crowd.template`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxCrowdCrowdTemplateResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxCrowdCrowdTemplateResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.crowd.crowd.template`. */
export interface TaobaoOnebpDkxCrowdCrowdTemplateApiServiceContextInput {
  /** api业务线编码，场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `GroupQueryTopDto` of `taobao.onebp.dkx.crowd.crowd.template`. */
export interface TaobaoOnebpDkxCrowdCrowdTemplateGroupQueryTopDtoInput {
  /** 营销场景 */
  market_scene?: string;
  /** 单元id */
  group_id?: Int64Input;
  /** 页码 */
  offset?: Int64Input;
}

/** `ResultDto` of `taobao.onebp.dkx.crowd.crowd.template`. */
export interface TaobaoOnebpDkxCrowdCrowdTemplateResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  dmp_crowd_tmp_result_top_d_t_o_list?: TaobaoOnebpDkxCrowdCrowdTemplateDmpCrowdTmpResultTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxCrowdCrowdTemplateResultCode;
}

/** `DmpCrowdTmpResultTopDto` of `taobao.onebp.dkx.crowd.crowd.template`. */
export interface TaobaoOnebpDkxCrowdCrowdTemplateDmpCrowdTmpResultTopDto {
  /** highlight */
  highlight?: string;
  /** id */
  id?: Int64;
  /** name */
  name?: string;
  /** desc */
  desc?: string;
  /** group_ids */
  group_id_list?: Int64[];
  /** 过期时间 */
  valid_date?: string;
}

/** `ResultCode` of `taobao.onebp.dkx.crowd.crowd.template`. */
export interface TaobaoOnebpDkxCrowdCrowdTemplateResultCode {
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
    offset: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    dmp_crowd_tmp_result_top_d_t_o_list: [
      {
        highlight: 'String',
        id: 'Number',
        name: 'String',
        desc: 'String',
        group_id_list: ['Number'],
        valid_date: 'String',
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

/** Static description of `taobao.onebp.dkx.crowd.crowd.template`: method, response root, request and response schemas. */
export const taobaoOnebpDkxCrowdCrowdTemplateOperation = {
  method: 'taobao.onebp.dkx.crowd.crowd.template',
  responseRoot: 'onebp_dkx_crowd_crowd_template_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取人群模版 — calls TOP method `taobao.onebp.dkx.crowd.crowd.template`.
 *
 * 获取人群模版，场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxCrowdCrowdTemplate(
  client: TopClient,
  request: TaobaoOnebpDkxCrowdCrowdTemplateRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxCrowdCrowdTemplateResponse> {
  return client.call<TaobaoOnebpDkxCrowdCrowdTemplateResponse>(
    {
      method: 'taobao.onebp.dkx.crowd.crowd.template',
      responseRoot: 'onebp_dkx_crowd_crowd_template_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
