// Generated from specs/scbp/alibaba.scbp.ad.keyword.list.campaign.keywords.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.keyword.list.campaign.keywords` (获取计划关键词). */
export interface AlibabaScbpAdKeywordListCampaignKeywordsRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdKeywordListCampaignKeywordsTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 搜索条件 */
  campaign_keyword_query: AlibabaScbpAdKeywordListCampaignKeywordsCampaignKeywordQueryInput;
}

/** Response of `alibaba.scbp.ad.keyword.list.campaign.keywords`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdKeywordListCampaignKeywordsResponse {
  /** 返回数据集合 */
  result_list?: AlibabaScbpAdKeywordListCampaignKeywordsKeywordDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.keyword.list.campaign.keywords`. */
export interface AlibabaScbpAdKeywordListCampaignKeywordsTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `CampaignKeywordQuery` of `alibaba.scbp.ad.keyword.list.campaign.keywords`. */
export interface AlibabaScbpAdKeywordListCampaignKeywordsCampaignKeywordQueryInput {
  /** 类型:base(基础信息)，star(基础信息加星级),full（所有信息），不传默认查所有信息 */
  type?: string;
  /** 开始时间（查询关键词报告需要的参数） */
  begin_date?: string;
  /** 结束时间（查询关键词报告需要的参数） */
  end_date?: string;
  /** 配置ksy */
  setting_key?: string;
  /** 配置value */
  setting_value?: string;
  /** 普通词 */
  norm_word?: string;
  /** 词id集合 */
  word_id_list?: Int64Input[];
  /** 产品id */
  product_id?: Int64Input;
  /** 计划id */
  campaign_id?: Int64Input;
  /** 状态 */
  online_status?: Int64Input;
}

/** `KeywordDto` of `alibaba.scbp.ad.keyword.list.campaign.keywords`. */
export interface AlibabaScbpAdKeywordListCampaignKeywordsKeywordDto {
  /** 效果数据 */
  effect?: AlibabaScbpAdKeywordListCampaignKeywordsKeywordEffectDto;
  /** 主键 */
  id?: Int64;
  /** 创建时间 */
  gmt_create?: string;
  /** 更新时间 */
  gmt_modify?: string;
  /** 产品id */
  product_id?: Int64;
  /** 计划id */
  campaign_id?: Int64;
  /** 词 */
  word?: string;
  /** 普通词 */
  norm_word?: string;
  /** 状态 */
  online_status?: Int64;
  /** 出价分 */
  bid_price?: string;
  /** 平均出价 */
  avg_price?: string;
  /** 建议出价 */
  sug_price?: string;
  /** 低价 */
  base_price?: string;
  /** 星级 */
  qs_star?: Int64;
  /** 最优商品id */
  best_match_product?: Int64;
  /** 相关性产品数量 */
  relative_products_count?: Int64;
  /** 搜索数量 */
  search_count?: Int64;
  /** 购买数量 */
  buy_count?: Int64;
  /** 配置信息 */
  properties?: string;
  /** 战略数据 */
  bid_strategy?: AlibabaScbpAdKeywordListCampaignKeywordsBidStrategyDto;
}

/** `KeywordEffectDto` of `alibaba.scbp.ad.keyword.list.campaign.keywords`. */
export interface AlibabaScbpAdKeywordListCampaignKeywordsKeywordEffectDto {
  /** 关键词 */
  keyword?: string;
  /** 开始时间 */
  stat_date?: string;
  /** 曝光 */
  impr?: Int64;
  /** 点击 */
  click?: Int64;
  /** 消耗 */
  cost?: Int64;
  /** 推广时长 */
  online_min?: Int64;
}

/** `BidStrategyDto` of `alibaba.scbp.ad.keyword.list.campaign.keywords`. */
export interface AlibabaScbpAdKeywordListCampaignKeywordsBidStrategyDto {
  /** 主键 */
  id?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
  /** 目标排名，前N名 */
  topn?: Int64;
  /** 出价间隔分钟为单位的数值型 */
  duration?: Int64;
  /** 产品 */
  product_id?: Int64;
  /** 溢价比例 */
  discount?: Int64;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  campaign_keyword_query: {
    type: 'String',
    begin_date: 'String',
    end_date: 'String',
    setting_key: 'String',
    setting_value: 'String',
    norm_word: 'String',
    word_id_list: ['Number'],
    product_id: 'Number',
    campaign_id: 'Number',
    online_status: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_list: [
    {
      effect: {
        keyword: 'String',
        stat_date: 'String',
        impr: 'Number',
        click: 'Number',
        cost: 'Number',
        online_min: 'Number',
      },
      id: 'Number',
      gmt_create: 'Date',
      gmt_modify: 'Date',
      product_id: 'Number',
      campaign_id: 'Number',
      word: 'String',
      norm_word: 'String',
      online_status: 'Number',
      bid_price: 'String',
      avg_price: 'String',
      sug_price: 'String',
      base_price: 'String',
      qs_star: 'Number',
      best_match_product: 'Number',
      relative_products_count: 'Number',
      search_count: 'Number',
      buy_count: 'Number',
      properties: 'String',
      bid_strategy: {
        id: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
        topn: 'Number',
        duration: 'Number',
        product_id: 'Number',
        discount: 'Number',
      },
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.keyword.list.campaign.keywords`: method, response root, request and response schemas. */
export const alibabaScbpAdKeywordListCampaignKeywordsOperation = {
  method: 'alibaba.scbp.ad.keyword.list.campaign.keywords',
  responseRoot: 'alibaba_scbp_ad_keyword_list_campaign_keywords_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取计划关键词 — calls TOP method `alibaba.scbp.ad.keyword.list.campaign.keywords`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdKeywordListCampaignKeywords(
  client: TopClient,
  request: AlibabaScbpAdKeywordListCampaignKeywordsRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdKeywordListCampaignKeywordsResponse> {
  return client.call<AlibabaScbpAdKeywordListCampaignKeywordsResponse>(
    {
      method: 'alibaba.scbp.ad.keyword.list.campaign.keywords',
      responseRoot: 'alibaba_scbp_ad_keyword_list_campaign_keywords_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
