// Generated from specs/simba/taobao.simba.salestar.campaign.budget.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.salestar.campaign.budget.update` (销量明星跟新预算相关接口). */
export interface TaobaoSimbaSalestarCampaignBudgetUpdateRequest {
  /** 推广计划Id */
  campaign_id: Int64Input;
  /**
   * 如果为空则取消限额；否则必须为整数，单位是元，不得小于30；
   *
   * Min value: 30
   * Max value: 99999
   */
  budget?: Int64Input;
}

/** Response of `taobao.simba.salestar.campaign.budget.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaSalestarCampaignBudgetUpdateResponse {
  /** 修改后的推广计划日限额 */
  campaign_budget?: TaobaoSimbaSalestarCampaignBudgetUpdateCampaignBudget;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignBudget` of `taobao.simba.salestar.campaign.budget.update`. */
export interface TaobaoSimbaSalestarCampaignBudgetUpdateCampaignBudget {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id?: Int64;
  /** 日限额，单位是元，不得小于30 */
  budget?: Int64;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
}

const REQUEST_SCHEMA = {
  campaign_id: 'Number',
  budget: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  campaign_budget: {
    nick: 'String',
    campaign_id: 'Number',
    budget: 'Number',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.salestar.campaign.budget.update`: method, response root, request and response schemas. */
export const taobaoSimbaSalestarCampaignBudgetUpdateOperation = {
  method: 'taobao.simba.salestar.campaign.budget.update',
  responseRoot: 'simba_salestar_campaign_budget_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 销量明星跟新预算相关接口 — calls TOP method `taobao.simba.salestar.campaign.budget.update`.
 *
 * 更新一个推广计划的日限额
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaSalestarCampaignBudgetUpdate(
  client: TopClient,
  request: TaobaoSimbaSalestarCampaignBudgetUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaSalestarCampaignBudgetUpdateResponse> {
  return client.call<TaobaoSimbaSalestarCampaignBudgetUpdateResponse>(
    {
      method: 'taobao.simba.salestar.campaign.budget.update',
      responseRoot: 'simba_salestar_campaign_budget_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
