// Generated from specs/feedflow/taobao.feedflow.item.campaign.delete.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.delete` (删除计划). */
export interface TaobaoFeedflowItemCampaignDeleteRequest {
  /** 计划id */
  campaign_id: Int64Input;
}

/** Response of `taobao.feedflow.item.campaign.delete`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignDeleteResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemCampaignDeleteResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.feedflow.item.campaign.delete`. */
export interface TaobaoFeedflowItemCampaignDeleteResultDto {
  /** 信息 */
  message?: string;
  /** 操作结果 */
  result?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.delete`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignDeleteOperation = {
  method: 'taobao.feedflow.item.campaign.delete',
  responseRoot: 'feedflow_item_campaign_delete_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 删除计划 — calls TOP method `taobao.feedflow.item.campaign.delete`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignDelete(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignDeleteRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignDeleteResponse> {
  return client.call<TaobaoFeedflowItemCampaignDeleteResponse>(
    {
      method: 'taobao.feedflow.item.campaign.delete',
      responseRoot: 'feedflow_item_campaign_delete_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
