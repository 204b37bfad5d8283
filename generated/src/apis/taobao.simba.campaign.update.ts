// Generated from specs/simba/taobao.simba.campaign.update.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.update` (更新一个推广计划). */
export interface TaobaoSimbaCampaignUpdateRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
  /**
   * 推广计划名称，不能多余40个字符，不能和客户其他推广计划同名。
   *
   * Max length: 40
   */
  title: string;
  /** 用户设置的上下限状态；offline-下线；online-上线； */
  online_status: string;
}

/** Response of `taobao.simba.campaign.update`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignUpdateResponse {
  /** 修改后的推广计划 */
  campaign?: TaobaoSimbaCampaignUpdateCampaign;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Campaign` of `taobao.simba.campaign.update`. */
export interface TaobaoSimbaCampaignUpdateCampaign {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id?: Int64;
  /** 推广计划名称，不能多余20个汉字 */
  title?: string;
  /** 推广计划结算下线原因，1-余额不足；2-超过日限额，以分号分隔多个下线原因 */
  settle_reason?: string;
  /** 创建时间 */
  create_time?: string;
  /** 最后修改时间 */
  modified_time?: string;
  /** 用户设置的上下限状态；offline-下线；online-上线； */
  online_status?: string;
  /** 推广计划结算状态，offline-下线；online-上线， */
  settle_status?: string;
}

const REQUEST_SCHEMA = {
  nick: 'String',
  campaign_id: 'Number',
  title: 'String',
  online_status: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  campaign: {
    nick: 'String',
    campaign_id: 'Number',
    title: 'String',
    settle_reason: 'String',
    create_time: 'Date',
    modified_time: 'Date',
    online_status: 'String',
    settle_status: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.update`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignUpdateOperation = {
  method: 'taobao.simba.campaign.update',
  responseRoot: 'simba_campaign_update_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 更新一个推广计划 — calls TOP method `taobao.simba.campaign.update`.
 *
 * 更新一个推广计划，可以设置推广计划名字，修改推广计划上下线状态。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignUpdate(
  client: TopClient,
  request: TaobaoSimbaCampaignUpdateRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignUpdateResponse> {
  return client.call<TaobaoSimbaCampaignUpdateResponse>(
    {
      method: 'taobao.simba.campaign.update',
      responseRoot: 'simba_campaign_update_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
