// Generated from specs/simba/taobao.simba.campaign.schedule.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.schedule.get` (取得一个推广计划的分时折扣设置). */
export interface TaobaoSimbaCampaignScheduleGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
}

/** Response of `taobao.simba.campaign.schedule.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignScheduleGetResponse {
  /** 修改后的推广计划分时折扣 */
  campaign_schedule?: TaobaoSimbaCampaignScheduleGetCampaignSchedule;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignSchedule` of `taobao.simba.campaign.schedule.get`. */
export interface TaobaoSimbaCampaignScheduleGetCampaignSchedule {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id?: Int64;
  /** 值为：“all”；或者用“;”分割的每天的设置字符串，该字符串为用“,”分割的时段折扣字符串，格式为：起始时间-结束时间:折扣，其中时间是24小时格式记录18:30，，折扣是1-150整数，表示折扣百分比； */
  schedule?: string;
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
  campaign_schedule: {
    nick: 'String',
    campaign_id: 'Number',
    schedule: 'String',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.schedule.get`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignScheduleGetOperation = {
  method: 'taobao.simba.campaign.schedule.get',
  responseRoot: 'simba_campaign_schedule_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广计划的分时折扣设置 — calls TOP method `taobao.simba.campaign.schedule.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignScheduleGet(
  client: TopClient,
  request: TaobaoSimbaCampaignScheduleGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignScheduleGetResponse> {
  return client.call<TaobaoSimbaCampaignScheduleGetResponse>(
    {
      method: 'taobao.simba.campaign.schedule.get',
      responseRoot: 'simba_campaign_schedule_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
