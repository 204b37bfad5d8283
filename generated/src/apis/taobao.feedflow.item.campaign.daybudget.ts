// Generated from specs/feedflow/taobao.feedflow.item.campaign.daybudget.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.daybudget` (获取当日投放日预算总额). */
export interface TaobaoFeedflowItemCampaignDaybudgetRequest {}

/** Response of `taobao.feedflow.item.campaign.daybudget`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignDaybudgetResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemCampaignDaybudgetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.feedflow.item.campaign.daybudget`. */
export interface TaobaoFeedflowItemCampaignDaybudgetResultDto {
  /** 信息 */
  message?: string;
  /** 预算总额 */
  result?: Int64;
  /** 成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: 'Number',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.daybudget`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignDaybudgetOperation = {
  method: 'taobao.feedflow.item.campaign.daybudget',
  responseRoot: 'feedflow_item_campaign_daybudget_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取当日投放日预算总额 — calls TOP method `taobao.feedflow.item.campaign.daybudget`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignDaybudget(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignDaybudgetRequest = {},
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignDaybudgetResponse> {
  return client.call<TaobaoFeedflowItemCampaignDaybudgetResponse>(
    {
      method: 'taobao.feedflow.item.campaign.daybudget',
      responseRoot: 'feedflow_item_campaign_daybudget_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
