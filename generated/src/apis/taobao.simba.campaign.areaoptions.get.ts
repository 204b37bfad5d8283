// Generated from specs/simba/taobao.simba.campaign.areaoptions.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.areaoptions.get` (取得推广计划的可设置投放地域列表). */
export interface TaobaoSimbaCampaignAreaoptionsGetRequest {}

/** Response of `taobao.simba.campaign.areaoptions.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignAreaoptionsGetResponse {
  /** 推广计划所有可设置的投放地域 */
  area_options?: TaobaoSimbaCampaignAreaoptionsGetAreaOption[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AreaOption` of `taobao.simba.campaign.areaoptions.get`. */
export interface TaobaoSimbaCampaignAreaoptionsGetAreaOption {
  /** 地域id */
  area_id?: Int64;
  /** 父地域id，若该字段为0表示该行政区为顶层，例如像北京，国外等。 */
  parent_id?: Int64;
  /** 地域名称 */
  name?: string;
  /** 地域级别，目前自治区、省、直辖市是1，其他城市、地区是2 */
  level?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  area_options: [
    {
      area_id: 'Number',
      parent_id: 'Number',
      name: 'String',
      level: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.areaoptions.get`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignAreaoptionsGetOperation = {
  method: 'taobao.simba.campaign.areaoptions.get',
  responseRoot: 'simba_campaign_areaoptions_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 取得推广计划的可设置投放地域列表 — calls TOP method `taobao.simba.campaign.areaoptions.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignAreaoptionsGet(
  client: TopClient,
  request: TaobaoSimbaCampaignAreaoptionsGetRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignAreaoptionsGetResponse> {
  return client.call<TaobaoSimbaCampaignAreaoptionsGetResponse>(
    {
      method: 'taobao.simba.campaign.areaoptions.get',
      responseRoot: 'simba_campaign_areaoptions_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
