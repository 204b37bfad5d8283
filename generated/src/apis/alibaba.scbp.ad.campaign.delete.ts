// Generated from specs/scbp/alibaba.scbp.ad.campaign.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.scbp.ad.campaign.delete` (删除计划). */
export interface AlibabaScbpAdCampaignDeleteRequest {
  /** 用户信息 */
  top_context: AlibabaScbpAdCampaignDeleteTopContextDtoInput;
  /** 操作对象 */
  batch_operation: AlibabaScbpAdCampaignDeleteCampaignBatchOperationDtoInput;
}

/** Response of `alibaba.scbp.ad.campaign.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaScbpAdCampaignDeleteResponse {
  /** 删除成功条数 */
  result?: Int64;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopContextDto` of `alibaba.scbp.ad.campaign.delete`. */
export interface AlibabaScbpAdCampaignDeleteTopContextDtoInput {
  /** 产品线id */
  product_line_id: Int64Input;
  /** 产品id */
  product_id?: Int64Input;
}

/** `CampaignBatchOperationDto` of `alibaba.scbp.ad.campaign.delete`. */
export interface AlibabaScbpAdCampaignDeleteCampaignBatchOperationDtoInput {
  /** 具体操作实例 */
  campaign_operation_list: AlibabaScbpAdCampaignDeleteCampaignoperationlistInput[];
}

/** `Campaignoperationlist` of `alibaba.scbp.ad.campaign.delete`. */
export interface AlibabaScbpAdCampaignDeleteCampaignoperationlistInput {
  /** 计划id */
  id: Int64Input;
}

const REQUEST_SCHEMA = {
  top_context: {
    product_line_id: 'Number',
    product_id: 'Number',
  },
  batch_operation: {
    campaign_operation_list: [
      {
        id: 'Number',
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Number',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.scbp.ad.campaign.delete`: method, response root, request and response schemas. */
export const alibabaScbpAdCampaignDeleteOperation = {
  method: 'alibaba.scbp.ad.campaign.delete',
  responseRoot: 'alibaba_scbp_ad_campaign_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除计划 — calls TOP method `alibaba.scbp.ad.campaign.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaScbpAdCampaignDelete(
  client: TopClient,
  request: AlibabaScbpAdCampaignDeleteRequest,
  options?: CallOptions,
): Promise<AlibabaScbpAdCampaignDeleteResponse> {
  return client.call<AlibabaScbpAdCampaignDeleteResponse>(
    {
      method: 'alibaba.scbp.ad.campaign.delete',
      responseRoot: 'alibaba_scbp_ad_campaign_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
