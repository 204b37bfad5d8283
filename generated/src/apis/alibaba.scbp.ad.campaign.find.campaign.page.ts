// Generated from specs/scbp/alibaba.scbp.ad.campaign.find.campaign.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.campaign.find.campaign.page` (分页查询计划). */
export interface AlibabaScbpAdCampaignFindCampaignPageRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdCampaignFindCampaignPageTopContextDtoInput;
  /** 请求实体类 */
  campaign_query: AlibabaScbpAdCampaignFindCampaignPageCampaignQueryDtoInput;
}

/** Response of `alibaba.scbp.ad.campaign.find.campaign.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdCampaignFindCampaignPageResponse {
  /** 总数量 */
  total_count?: Int64;
  /** 返回数据 */
  result_list?: AlibabaScbpAdCampaignFindCampaignPageCampaignDto[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.campaign.find.campaign.page`. */
export interface AlibabaScbpAdCampaignFindCampaignPageTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `CampaignQueryDto` of `alibaba.scbp.ad.campaign.find.campaign.page`. */
export interface AlibabaScbpAdCampaignFindCampaignPageCampaignQueryDtoInput {
  /** 计划标题，配合exactMatch使用 */
  title?: string;
  /** 子类型 */
  sub_type?: string;
  /** 推广状态 */
  online_status?: Int64Input;
  /** 标题是否精确匹配 */
  exact_match?: boolean;
  /** 计划类型列表 */
  type_list?: string[];
  /** 类目id */
  cate_id?: Int64Input;
  /** 当前页数 */
  page?: Int64Input;
  /** 每页数量 */
  size?: Int64Input;
}

/** `CampaignDto` of `alibaba.scbp.ad.campaign.find.campaign.page`. */
export interface AlibabaScbpAdCampaignFindCampaignPageCampaignDto {
  /** 计划标题 */
  title?: string;
  /** 计划开始时间 */
  start_time?: string;
  /** 计划结束时间 */
  end_time?: string;
  /** 用户上下线 */
  online_status?: Int64;
  /** 结算上下线 */
  settle_status?: Int64;
  /** 结算上下线原因 */
  settle_reason?: string;
  /** settleTime */
  settle_time?: string;
  /** 计划类型 */
  type?: Int64;
  /** 计划模型 */
  campaign_model?: Int64;
  /** 置顶时间 */
  top_time?: string;
  /** 结算版本 */
  settle_version?: Int64;
  /** 场景ID */
  scene_id?: Int64;
  /** Campaign扩展属性 */
  properties?: string;
  /** 产品线id */
  product_line_id?: Int64;
  /** 广告用户ID */
  member_id?: Int64;
  /** 客户ID */
  cust_id?: Int64;
  /** 业务流水号 */
  biz_number?: Int64;
  /** 实体主键 */
  id?: Int64;
  /** 计划创建时间 */
  gmt_create?: string;
  /** 计划修改时间 */
  gmt_modified?: string;
  /** 计划子类型 */
  sub_type?: string;
  /** 周预算状态 on:开启 off:关闭 */
  week_budget_status?: string;
  /** 出价模式 value =1 为智能出价 value =2 为手动出价 */
  bid_type?: Int64;
  /** 最低价格 */
  min_price?: string;
  /** 最大价格 */
  max_price?: string;
  /** 预算 */
  budget?: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_query: {
    title: 'String',
    sub_type: 'String',
    online_status: 'Number',
    exact_match: 'Boolean',
    type_list: ['String'],
    cate_id: 'Number',
    page: 'Number',
    size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  total_count: 'Number',
  result_list: [
    {
      title: 'String',
      start_time: 'Date',
      end_time: 'Date',
      online_status: 'Number',
      settle_status: 'Number',
      settle_reason: 'String',
      settle_time: 'Date',
      type: 'Number',
      campaign_model: 'Number',
      top_time: 'Date',
      settle_version: 'Number',
      scene_id: 'Number',
      properties: 'String',
      product_line_id: 'Number',
      member_id: 'Number',
      cust_id: 'Number',
      biz_number: 'Number',
      id: 'Number',
      gmt_create: 'Date',
      gmt_modified: 'Date',
      sub_type: 'String',
      week_budget_status: 'String',
      bid_type: 'Number',
      min_price: 'String',
      max_price: 'String',
      budget: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.campaign.find.campaign.page`: method, response root, request and response schemas. */
export const alibabaScbpAdCampaignFindCampaignPageOperation = {
  method: 'alibaba.scbp.ad.campaign.find.campaign.page',
  responseRoot: 'alibaba_scbp_ad_campaign_find_campaign_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 分页查询计划 — calls TOP method `alibaba.scbp.ad.campaign.find.campaign.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdCampaignFindCampaignPage(
  client: TopClient,
  request: AlibabaScbpAdCampaignFindCampaignPageRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdCampaignFindCampaignPageResponse> {
  return client.call<AlibabaScbpAdCampaignFindCampaignPageResponse>(
    {
      method: 'alibaba.scbp.ad.campaign.find.campaign.page',
      responseRoot: 'alibaba_scbp_ad_campaign_find_campaign_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
