// Generated from specs/scbp/alibaba.scbp.ad.campaign.find.forbidden.keyword.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.campaign.find.forbidden.keyword` (查询屏蔽词). */
export interface AlibabaScbpAdCampaignFindForbiddenKeywordRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdCampaignFindForbiddenKeywordTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
}

/** Response of `alibaba.scbp.ad.campaign.find.forbidden.keyword`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdCampaignFindForbiddenKeywordResponse {
  /** 返回数据 */
  result?: AlibabaScbpAdCampaignFindForbiddenKeywordResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.campaign.find.forbidden.keyword`. */
export interface AlibabaScbpAdCampaignFindForbiddenKeywordTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `ResultDto` of `alibaba.scbp.ad.campaign.find.forbidden.keyword`. */
export interface AlibabaScbpAdCampaignFindForbiddenKeywordResultDto {
  /** 执行结果 */
  success?: boolean;
  /** 信息 */
  msg?: string;
  /** 返回code */
  code?: string;
  /** 服务出参 */
  result_list?: AlibabaScbpAdCampaignFindForbiddenKeywordResult[];
}

/** `Result` of `alibaba.scbp.ad.campaign.find.forbidden.keyword`. */
export interface AlibabaScbpAdCampaignFindForbiddenKeywordResult {
  /** 计划id */
  campaign_id?: Int64;
  /** 关键词 */
  keyword?: string;
  /** 普通词 */
  normword?: string;
  /** 创建时间 */
  gmt_create?: string;
  /** 修改时间 */
  gmt_modified?: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    msg: 'String',
    code: 'String',
    result_list: [
      {
        campaign_id: 'Number',
        keyword: 'String',
        normword: 'String',
        gmt_create: 'Date',
        gmt_modified: 'Date',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.campaign.find.forbidden.keyword`: method, response root, request and response schemas. */
export const alibabaScbpAdCampaignFindForbiddenKeywordOperation = {
  method: 'alibaba.scbp.ad.campaign.find.forbidden.keyword',
  responseRoot: 'alibaba_scbp_ad_campaign_find_forbidden_keyword_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询屏蔽词 — calls TOP method `alibaba.scbp.ad.campaign.find.forbidden.keyword`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdCampaignFindForbiddenKeyword(
  client: TopClient,
  request: AlibabaScbpAdCampaignFindForbiddenKeywordRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdCampaignFindForbiddenKeywordResponse> {
  return client.call<AlibabaScbpAdCampaignFindForbiddenKeywordResponse>(
    {
      method: 'alibaba.scbp.ad.campaign.find.forbidden.keyword',
      responseRoot: 'alibaba_scbp_ad_campaign_find_forbidden_keyword_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
