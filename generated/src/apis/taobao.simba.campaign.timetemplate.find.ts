// Generated from specs/simba/taobao.simba.campaign.timetemplate.find.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.timetemplate.find` (获取分时折扣模板). */
export interface TaobaoSimbaCampaignTimetemplateFindRequest {}

/** Response of `taobao.simba.campaign.timetemplate.find`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignTimetemplateFindResponse {
  /** 返回的推广组分页对象 */
  templates?: TaobaoSimbaCampaignTimetemplateFindADGroupPage[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ADGroupPage` of `taobao.simba.campaign.timetemplate.find`. */
export interface TaobaoSimbaCampaignTimetemplateFindADGroupPage {
  /** 模板规则 */
  schedule?: string;
  /** 模板名称 */
  name?: string;
  /** 模板id */
  id?: Int64;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  templates: [
    {
      schedule: 'String',
      name: 'String',
      id: 'Number',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.simba.campaign.timetemplate.find`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignTimetemplateFindOperation = {
  method: 'taobao.simba.campaign.timetemplate.find',
  responseRoot: 'simba_campaign_timetemplate_find_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取分时折扣模板 — calls TOP method `taobao.simba.campaign.timetemplate.find`.
 *
 * 批量得到智能推广推广计划下的推广组
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignTimetemplateFind(
  client: TopClient,
  request: TaobaoSimbaCampaignTimetemplateFindRequest = {},
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignTimetemplateFindResponse> {
  return client.call<TaobaoSimbaCampaignTimetemplateFindResponse>(
    {
      method: 'taobao.simba.campaign.timetemplate.find',
      responseRoot: 'simba_campaign_timetemplate_find_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
