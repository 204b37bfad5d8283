// Generated from specs/simba/taobao.simba.campaign.area.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.area.get` (取得一个推广计划的投放地域设置). */
export interface TaobaoSimbaCampaignAreaGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
}

/** Response of `taobao.simba.campaign.area.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignAreaGetResponse {
  /** 推广计划的投放地域配置 */
  campaign_area?: TaobaoSimbaCampaignAreaGetCampaignArea;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignArea` of `taobao.simba.campaign.area.get`. */
export interface TaobaoSimbaCampaignAreaGetCampaignArea {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id?: Int64;
  /** 值为：“all”；或者用“,”分割的数字，数字必须是直通车全国省市列表的AreaID，如果已经包含省、自治区id，请不要再包括省内市的id； */
  area?: string;
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
  campaign_area: {
    nick: 'String',
    campaign_id: 'Number',
    area: 'String',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.area.get`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignAreaGetOperation = {
  method: 'taobao.simba.campaign.area.get',
  responseRoot: 'simba_campaign_area_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广计划的投放地域设置 — calls TOP method `taobao.simba.campaign.area.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignAreaGet(
  client: TopClient,
  request: TaobaoSimbaCampaignAreaGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignAreaGetResponse> {
  return client.call<TaobaoSimbaCampaignAreaGetResponse>(
    {
      method: 'taobao.simba.campaign.area.get',
      responseRoot: 'simba_campaign_area_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
