// Generated from specs/simba/taobao.simba.campaign.budget.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.budget.get` (取得一个推广计划的日限额). */
export interface TaobaoSimbaCampaignBudgetGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
}

/** Response of `taobao.simba.campaign.budget.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignBudgetGetResponse {
  /** 推广计划日限额 */
  campaign_budget?: TaobaoSimbaCampaignBudgetGetCampaignBudget;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignBudget` of `taobao.simba.campaign.budget.get`. */
export interface TaobaoSimbaCampaignBudgetGetCampaignBudget {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id?: Int64;
  /** 日限额，单位是元，不得小于30 */
  budget?: Int64;
  /** 是否平滑消耗，true-是；false-否；在设置了推广计划日限额后，此属性才生效 */
  is_smooth?: boolean;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  campaign_budget: {
    nick: 'String',
    campaign_id: 'Number',
    budget: 'Number',
    is_smooth: 'Boolean',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.budget.get`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignBudgetGetOperation = {
  method: 'taobao.simba.campaign.budget.get',
  responseRoot: 'simba_campaign_budget_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广计划的日限额 — calls TOP method `taobao.simba.campaign.budget.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignBudgetGet(
  client: TopClient,
  request: TaobaoSimbaCampaignBudgetGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignBudgetGetResponse> {
  return client.call<TaobaoSimbaCampaignBudgetGetResponse>(
    {
      method: 'taobao.simba.campaign.budget.get',
      responseRoot: 'simba_campaign_budget_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
