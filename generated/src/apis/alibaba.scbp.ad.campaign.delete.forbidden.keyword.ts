// Generated from specs/scbp/alibaba.scbp.ad.campaign.delete.forbidden.keyword.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.campaign.delete.forbidden.keyword` (删除屏蔽词). */
export interface AlibabaScbpAdCampaignDeleteForbiddenKeywordRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdCampaignDeleteForbiddenKeywordTopContextDtoInput;
  /** 计划id */
  campaign_id: Int64Input;
  /** 请求参数 */
  forbidden_keyword_batch_operation: AlibabaScbpAdCampaignDeleteForbiddenKeywordForbiddenKeywordBatchOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.campaign.delete.forbidden.keyword`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdCampaignDeleteForbiddenKeywordResponse {
  /** 返回结果 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.campaign.delete.forbidden.keyword`. */
export interface AlibabaScbpAdCampaignDeleteForbiddenKeywordTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id: Int64Input;
}

/** `ForbiddenKeywordBatchOperationDto` of `alibaba.scbp.ad.campaign.delete.forbidden.keyword`. */
export interface AlibabaScbpAdCampaignDeleteForbiddenKeywordForbiddenKeywordBatchOperationDtoInput {
  /** 请求参数 */
  forbidden_keyword_operation_list: AlibabaScbpAdCampaignDeleteForbiddenKeywordForbiddenKeywordOperationDtoInput[];
}

/** `ForbiddenKeywordOperationDto` of `alibaba.scbp.ad.campaign.delete.forbidden.keyword`. */
export interface AlibabaScbpAdCampaignDeleteForbiddenKeywordForbiddenKeywordOperationDtoInput {
  /** 关键词 */
  keyword: string;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  campaign_id: 'Number',
  forbidden_keyword_batch_operation: {
    forbidden_keyword_operation_list: [
      {
        keyword: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.campaign.delete.forbidden.keyword`: method, response root, request and response schemas. */
export const alibabaScbpAdCampaignDeleteForbiddenKeywordOperation = {
  method: 'alibaba.scbp.ad.campaign.delete.forbidden.keyword',
  responseRoot: 'alibaba_scbp_ad_campaign_delete_forbidden_keyword_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除屏蔽词 — calls TOP method `alibaba.scbp.ad.campaign.delete.forbidden.keyword`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdCampaignDeleteForbiddenKeyword(
  client: TopClient,
  request: AlibabaScbpAdCampaignDeleteForbiddenKeywordRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdCampaignDeleteForbiddenKeywordResponse> {
  return client.call<AlibabaScbpAdCampaignDeleteForbiddenKeywordResponse>(
    {
      method: 'alibaba.scbp.ad.campaign.delete.forbidden.keyword',
      responseRoot: 'alibaba_scbp_ad_campaign_delete_forbidden_keyword_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
