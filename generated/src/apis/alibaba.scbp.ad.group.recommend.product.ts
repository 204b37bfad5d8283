// Generated from specs/scbp/alibaba.scbp.ad.group.recommend.product.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.group.recommend.product` (推品). */
export interface AlibabaScbpAdGroupRecommendProductRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdGroupRecommendProductTopContextDtoInput;
  /** 推品查询条件 */
  recommend_query: AlibabaScbpAdGroupRecommendProductProductRecommendQueryDTOInput;
}

/** Response of `alibaba.scbp.ad.group.recommend.product`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdGroupRecommendProductResponse {
  /** 推品返回实体类 */
  result_list?: AlibabaScbpAdGroupRecommendProductRecommendProductDTO[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.group.recommend.product`. */
export interface AlibabaScbpAdGroupRecommendProductTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `ProductRecommendQueryDTO` of `alibaba.scbp.ad.group.recommend.product`. */
export interface AlibabaScbpAdGroupRecommendProductProductRecommendQueryDTOInput {
  /** 当前页数 */
  page: Int64Input;
  /** 每页数量 */
  size: Int64Input;
  /** TESTING：新发产品 HOT：优质转化品 WIN： 橱窗产品 PRE： 优先推广品 HIGH_VIDEO_PROD：优质视频品 PRODTAG_HOTSALE,PRODTAG_STRENGTH: 优品 SITE_NEW: 平台新品 DIRECT_PROD: 行业定征新品 */
  tag_list?: string[];
  /** 优品必填"or" */
  tag_query_type?: string;
  /** 新品必填：“NEW_PROD” */
  sub_type?: string;
  /** 品创建天数,新品必传“90/180” */
  create_days?: Int64Input;
}

/** `RecommendProductDTO` of `alibaba.scbp.ad.group.recommend.product`. */
export interface AlibabaScbpAdGroupRecommendProductRecommendProductDTO {
  /** 品id */
  product_id?: Int64;
  /** 品标题 */
  subject?: string;
  /** 曝光数 */
  ads_impr_cnt?: Int64;
  /** 点击数 */
  ads_click_cnt?: Int64;
  /** 消耗 */
  ads_cost_amt?: string;
  /** 点击率 */
  ads_ctr?: string;
  /** 平均点击价格 */
  ads_cpc?: string;
  /** 网页曝光数 */
  web_impr_cnt?: Int64;
  /** 网页点击数 */
  web_click_cnt?: Int64;
  /** 网页点击率 */
  web_ctr?: string;
  /** 网页排名 */
  web_rank?: Int64;
  /** 排名 */
  ads_rank?: Int64;
  /** 产品分数 */
  prod_score?: string;
  /** 权力分数 */
  power_score?: string;
  /** 蓝海指数 */
  blue_sea_score?: string;
  /** 品创建时间 */
  gmt_posting_create?: string;
  /** 商品推广状态 */
  promotion_status?: Int64;
  /** 优越品 */
  superior_prod?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  recommend_query: {
    page: 'Number',
    size: 'Number',
    tag_list: ['String'],
    tag_query_type: 'String',
    sub_type: 'String',
    create_days: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      product_id: 'Number',
      subject: 'String',
      ads_impr_cnt: 'Number',
      ads_click_cnt: 'Number',
      ads_cost_amt: 'String',
      ads_ctr: 'String',
      ads_cpc: 'String',
      web_impr_cnt: 'Number',
      web_click_cnt: 'Number',
      web_ctr: 'String',
      web_rank: 'Number',
      ads_rank: 'Number',
      prod_score: 'String',
      power_score: 'String',
      blue_sea_score: 'String',
      gmt_posting_create: 'String',
      promotion_status: 'Number',
      superior_prod: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.group.recommend.product`: method, response root, request and response schemas. */
export const alibabaScbpAdGroupRecommendProductOperation = {
  method: 'alibaba.scbp.ad.group.recommend.product',
  responseRoot: 'alibaba_scbp_ad_group_recommend_product_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 推品 — calls TOP method `alibaba.scbp.ad.group.recommend.product`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdGroupRecommendProduct(
  client: TopClient,
  request: AlibabaScbpAdGroupRecommendProductRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdGroupRecommendProductResponse> {
  return client.call<AlibabaScbpAdGroupRecommendProductResponse>(
    {
      method: 'alibaba.scbp.ad.group.recommend.product',
      responseRoot: 'alibaba_scbp_ad_group_recommend_product_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
