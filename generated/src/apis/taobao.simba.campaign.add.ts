// Generated from specs/simba/taobao.simba.campaign.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.simba.campaign.add` (创建一个推广计划). */
export interface TaobaoSimbaCampaignAddRequest {
  /** 主人昵称 */
  nick?: string;
  /**
   * 推广计划名称，不能多余20个汉字，不能和客户其他推广计划同名。
   *
   * Max length: 20
   */
  title: string;
  /** 计划类型，当前仅支持两种标准推广0，销量明星16，默认为0 */
  type?: Int64Input;
}

/** Response of `taobao.simba.campaign.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoSimbaCampaignAddResponse {
  /** 创建的推广计划 */
  campaign?: TaobaoSimbaCampaignAddCampaign;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Campaign` of `taobao.simba.campaign.add`. */
export interface TaobaoSimbaCampaignAddCampaign {
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
  title: 'String',
  type: 'Number',
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

/** Static description of `taobao.simba.campaign.add`: method, response root, request and response schemas. */
export const taobaoSimbaCampaignAddOperation = {
  method: 'taobao.simba.campaign.add',
  responseRoot: 'simba_campaign_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建一个推广计划 — calls TOP method `taobao.simba.campaign.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoSimbaCampaignAdd(
  client: TopClient,
  request: TaobaoSimbaCampaignAddRequest,
  options?: CallOptions,
): Promise<TaobaoSimbaCampaignAddResponse> {
  return client.call<TaobaoSimbaCampaignAddResponse>(
    {
      method: 'taobao.simba.campaign.add',
      responseRoot: 'simba_campaign_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
