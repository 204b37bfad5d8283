// Generated from specs/simba/taobao.simba.campaign.platform.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.platform.get` (取得一个推广计划的投放平台设置). */
export interface TaobaoSimbaCampaignPlatformGetRequest {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划Id */
  campaign_id: Int64Input;
}

/** Response of `taobao.simba.campaign.platform.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignPlatformGetResponse {
  /** 取得的推广计划的投放平台设置 */
  campaign_platform?: TaobaoSimbaCampaignPlatformGetCampaignPlatform;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignPlatform` of `taobao.simba.campaign.platform.get`. */
export interface TaobaoSimbaCampaignPlatformGetCampaignPlatform {
  /** 主人昵称 */
  nick?: string;
  /** 推广计划ID */
  campaign_id?: Int64;
  /** 搜索投放频道代码数组，频道代码必须是直通车搜索类频道列表中的值。1：淘宝站内搜索，8、无线站内搜索；16:无线站外搜索 */
  search_channels?: Int64[];
  /** 非搜索投放频道代码数组，频道代码必须是直通车非搜索类频道列表中的值。1、淘宝站内定向；2、站外定向；8、无线站内定向；16、无线站外定向 */
  nonsearch_channels?: Int64[];
  /** 已经废弃 */
  outside_discount?: Int64;
  /** 已经废弃了 */
  mobile_discount?: Int64;
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
  campaign_platform: {
    nick: 'String',
    campaign_id: 'Number',
    search_channels: ['Number'],
    nonsearch_channels: ['Number'],
    outside_discount: 'Number',
    mobile_discount: 'Number',
    create_time: 'Date',
    modified_time: 'Date',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.platform.get`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignPlatformGetOperation = {
  method: 'taobao.simba.campaign.platform.get',
  responseRoot: 'simba_campaign_platform_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得一个推广计划的投放平台设置 — calls TOP method `taobao.simba.campaign.platform.get`.
 *
 * 获得一个推广计划的投放平台设置
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignPlatformGet(
  client: TopClient,
  request: TaobaoSimbaCampaignPlatformGetRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignPlatformGetResponse> {
  return client.call<TaobaoSimbaCampaignPlatformGetResponse>(
    {
      method: 'taobao.simba.campaign.platform.get',
      responseRoot: 'simba_campaign_platform_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
