// Generated from specs/usergrowth/taobao.growth.reaching.xiniao.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.growth.reaching.xiniao.query` (查询溪鸟推荐信息数据). */
export interface TaobaoGrowthReachingXiniaoQueryRequest {
  /** 请求参数 */
  suggestion_context: TaobaoGrowthReachingXiniaoQueryXiNiaoSuggestionContextParamInput;
  /** 需要的数据量 */
  wanted_size: Int64Input;
}

/** Response of `taobao.growth.reaching.xiniao.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoGrowthReachingXiniaoQueryResponse {
  /** 推荐信息列表 */
  suggestions?: TaobaoGrowthReachingXiniaoQueryXiNiaoSuggestionDTO[];
  /** 是否展现 */
  is_offering?: boolean;
  /** 用户类型 */
  type?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `XiNiaoSuggestionContextParam` of `taobao.growth.reaching.xiniao.query`. */
export interface TaobaoGrowthReachingXiniaoQueryXiNiaoSuggestionContextParamInput {
  /** open_id */
  open_id: string;
  /** 包裹数量 */
  package_num?: Int64Input;
  /** open_id */
  open_id2: string;
  /** 站点id */
  union_code?: string;
}

/** `XiNiaoSuggestionDTO` of `taobao.growth.reaching.xiniao.query`. */
export interface TaobaoGrowthReachingXiniaoQueryXiNiaoSuggestionDTO {
  /** 图片URL */
  image_url?: string;
  /** 落地页URL */
  landing_url?: string;
  /** 曝光上报链接 */
  exposure_url?: string;
  /** 点击上报链接 */
  click_url?: string;
}

const REQUEST_SCHEMA = {
  suggestion_context: {
    open_id: 'String',
    package_num: 'Number',
    open_id2: 'String',
    union_code: 'String',
  },
  wanted_size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  suggestions: [
    {
      image_url: 'String',
      landing_url: 'String',
      exposure_url: 'String',
      click_url: 'String',
    },
  ],
  is_offering: 'Boolean',
  type: 'String',
} as const satisfies ObjectSchema;

/** Static description of `taobao.growth.reaching.xiniao.query`: method, response root, request and response schemas. */
export const taobaoGrowthReachingXiniaoQueryOperation = {
  method: 'taobao.growth.reaching.xiniao.query',
  responseRoot: 'growth_reaching_xiniao_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询溪鸟推荐信息数据 — calls TOP method `taobao.growth.reaching.xiniao.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoGrowthReachingXiniaoQuery(
  client: TopClient,
  request: TaobaoGrowthReachingXiniaoQueryRequest,
  options?: CallOptions,
): Promise<TaobaoGrowthReachingXiniaoQueryResponse> {
  return client.call<TaobaoGrowthReachingXiniaoQueryResponse>(
    {
      method: 'taobao.growth.reaching.xiniao.query',
      responseRoot: 'growth_reaching_xiniao_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
