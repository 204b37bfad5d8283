// Generated from specs/feedflow/taobao.feedflow.item.campaign.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.get` (通过计划id查询计划). */
export interface TaobaoFeedflowItemCampaignGetRequest {
  /** 计划id */
  campagin_id: Int64Input;
}

/** Response of `taobao.feedflow.item.campaign.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignGetResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemCampaignGetResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultDto` of `taobao.feedflow.item.campaign.get`. */
export interface TaobaoFeedflowItemCampaignGetResultDto {
  /** 信息 */
  message?: string;
  /** 计划信息 */
  result?: TaobaoFeedflowItemCampaignGetCampaignDto;
  /** 是否成功 */
  success?: boolean;
}

/** `CampaignDto` of `taobao.feedflow.item.campaign.get`. */
export interface TaobaoFeedflowItemCampaignGetCampaignDto {
  /** 计划id */
  campaign_id?: Int64;
  /** 计划名称 */
  campaign_name?: string;
  /** 单日预算 单位分 */
  day_budget?: Int64;
  /** 投放地域 */
  launch_area_list?: TaobaoFeedflowItemCampaignGetLaunchAreaDto[];
  /** 折扣列表 */
  launch_period_list?: TaobaoFeedflowItemCampaignGetLaunchPeriodDto[];
  /** 投放时间 */
  launch_time?: TaobaoFeedflowItemCampaignGetLaunchTimeDto;
  /** PAUSE("投放暂停"),START("投放开始"),ERMINATE("投放停止"),ABNORMAL(投放异常"),WAIT("投放等待中"),DELETE("删除") */
  status?: string;
}

/** `LaunchAreaDto` of `taobao.feedflow.item.campaign.get`. */
export interface TaobaoFeedflowItemCampaignGetLaunchAreaDto {
  /** 地域的code */
  code?: Int64;
  /** 地域名称 */
  name?: string;
}

/** `LaunchPeriodDto` of `taobao.feedflow.item.campaign.get`. */
export interface TaobaoFeedflowItemCampaignGetLaunchPeriodDto {
  /** 列表 */
  time_span_list?: TaobaoFeedflowItemCampaignGetTimeSpanDto[];
}

/** `TimeSpanDto` of `taobao.feedflow.item.campaign.get`. */
export interface TaobaoFeedflowItemCampaignGetTimeSpanDto {
  /** 折扣比例 */
  discount?: Int64;
  /** 折扣时间段 */
  time?: string;
}

/** `LaunchTimeDto` of `taobao.feedflow.item.campaign.get`. */
export interface TaobaoFeedflowItemCampaignGetLaunchTimeDto {
  /** 开始时间 */
  begin_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 是否永久有效 */
  launch_forever?: boolean;
}

const REQUEST_SCHEMA = {
  campagin_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: {
      campaign_id: 'Number',
      campaign_name: 'String',
      day_budget: 'Number',
      launch_area_list: [
        {
          code: 'Number',
          name: 'String',
        },
      ],
      launch_period_list: [
        {
          time_span_list: [
            {
              discount: 'Number',
              time: 'String',
            },
          ],
        },
      ],
      launch_time: {
        begin_time: 'Date',
        end_time: 'Date',
        launch_forever: 'Boolean',
      },
      status: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.get`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignGetOperation = {
  method: 'taobao.feedflow.item.campaign.get',
  responseRoot: 'feedflow_item_campaign_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 通过计划id查询计划 — calls TOP method `taobao.feedflow.item.campaign.get`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignGet(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignGetRequest,
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignGetResponse> {
  return client.call<TaobaoFeedflowItemCampaignGetResponse>(
    {
      method: 'taobao.feedflow.item.campaign.get',
      responseRoot: 'feedflow_item_campaign_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
