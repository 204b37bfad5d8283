// Generated from specs/scbp/alibaba.scbp.ad.target.tag.list.recommend.tag.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.target.tag.list.recommend.tag` (给计划推荐标签). */
export interface AlibabaScbpAdTargetTagListRecommendTagRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdTargetTagListRecommendTagTopContextDtoInput;
  /** 计划ID */
  campaign_id: Int64Input;
  /** 推荐实体类 */
  recommend_query: AlibabaScbpAdTargetTagListRecommendTagTargetTagRecommendQueryDTOInput;
}

/** Response of `alibaba.scbp.ad.target.tag.list.recommend.tag`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdTargetTagListRecommendTagResponse {
  /** 定向标签推荐结果 */
  result_list?: AlibabaScbpAdTargetTagListRecommendTagTargetTagRecommendResultDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.target.tag.list.recommend.tag`. */
export interface AlibabaScbpAdTargetTagListRecommendTagTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `TargetTagRecommendQueryDTO` of `alibaba.scbp.ad.target.tag.list.recommend.tag`. */
export interface AlibabaScbpAdTargetTagListRecommendTagTargetTagRecommendQueryDTOInput {
  /** 是否需要过滤已采纳标签 */
  is_filter_adopted_tag?: boolean;
  /** 查询类型(查询推荐标签丰富信息，包含拓展信息和标签美杜莎文案（DEFAULT） 查询推荐标签扩展信息，包含基础信息和算法推荐溢价值（SIMPLE） 查询推荐标签基础信息（RAW）) */
  query_mode?: string;
}

/** `TargetTagRecommendResultDTO` of `alibaba.scbp.ad.target.tag.list.recommend.tag`. */
export interface AlibabaScbpAdTargetTagListRecommendTagTargetTagRecommendResultDTO {
  /** 推荐标签名 */
  option_value?: string;
  /** 推荐标签溢价值 */
  discount?: Int64;
  /** 推荐标签分数[0-100] */
  score?: Int64;
  /** 推荐标签类型 */
  type?: string;
  /** 高曝光竞价(单位：元) */
  high_impr_price?: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  recommend_query: {
    is_filter_adopted_tag: 'Boolean',
    query_mode: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      option_value: 'String',
      discount: 'Number',
      score: 'Number',
      type: 'String',
      high_impr_price: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.target.tag.list.recommend.tag`: method, response root, request and response schemas. */
export const alibabaScbpAdTargetTagListRecommendTagOperation = {
  method: 'alibaba.scbp.ad.target.tag.list.recommend.tag',
  responseRoot: 'alibaba_scbp_ad_target_tag_list_recommend_tag_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 给计划推荐标签 — calls TOP method `alibaba.scbp.ad.target.tag.list.recommend.tag`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdTargetTagListRecommendTag(
  client: TopClient,
  request: AlibabaScbpAdTargetTagListRecommendTagRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdTargetTagListRecommendTagResponse> {
  return client.call<AlibabaScbpAdTargetTagListRecommendTagResponse>(
    {
      method: 'alibaba.scbp.ad.target.tag.list.recommend.tag',
      responseRoot: 'alibaba_scbp_ad_target_tag_list_recommend_tag_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
