// Generated from specs/feedflow/taobao.feedflow.item.campaign.add.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.add` (信息流增加推广计划). */
export interface TaobaoFeedflowItemCampaignAddRequest {
  /** 计划信息 */
  campaign?: TaobaoFeedflowItemCampaignAddCampaignDtoInput;
}

/** Response of `taobao.feedflow.item.campaign.add`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignAddResponse {
  /** 异步获取历史数据接口返回结果 */
  result?: TaobaoFeedflowItemCampaignAddResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignDto` of `taobao.feedflow.item.campaign.add`. */
export interface TaobaoFeedflowItemCampaignAddCampaignDtoInput {
  /** 计划名称 */
  campaign_name: string;
  /** 打折范围 */
  launch_period_list?: TaobaoFeedflowItemCampaignAddLaunchPeriodDTOInput[];
  /** 投放时间 */
  launch_time: TaobaoFeedflowItemCampaignAddLaunchTimeDtoInput;
  /** 推广地域 */
  launch_area_list?: TaobaoFeedflowItemCampaignAddLaunchAreaDTOInput[];
  /** 每日预算，单位为分 */
  day_budget: Int64Input;
}

/** `LaunchPeriodDTO` of `taobao.feedflow.item.campaign.add`. */
export interface TaobaoFeedflowItemCampaignAddLaunchPeriodDTOInput {
  /** 时间 */
  time_span_list?: TaobaoFeedflowItemCampaignAddTimeSpanDtoInput[];
}

/** `TimeSpanDto` of `taobao.feedflow.item.campaign.add`. */
export interface TaobaoFeedflowItemCampaignAddTimeSpanDtoInput {
  /** 折扣率 */
  discount?: Int64Input;
  /** 时间 */
  time?: string;
}

/** `LaunchTimeDto` of `taobao.feedflow.item.campaign.add`. */
export interface TaobaoFeedflowItemCampaignAddLaunchTimeDtoInput {
  /** 是否永远生效 */
  launch_forever?: boolean;
  /** 开始时间 */
  begin_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
}

/** `LaunchAreaDTO` of `taobao.feedflow.item.campaign.add`. */
export interface TaobaoFeedflowItemCampaignAddLaunchAreaDTOInput {
  /** 地址code */
  code?: Int64Input;
  /** 地址名称 */
  name?: string;
}

/** `ResultDto` of `taobao.feedflow.item.campaign.add`. */
export interface TaobaoFeedflowItemCampaignAddResultDto {
  /** 系统自动生成 */
  message?: string;
  /** 系统自动生成 */
  success?: boolean;
  /** 结果 */
  result?: Int64;
}

const REQUEST_SCHEMA = {
  campaign: {
    campaign_name: 'String',
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
      launch_forever: 'Boolean',
      begin_time: 'Date',
      end_time: 'Date',
    },
    launch_area_list: [
      {
        code: 'Number',
        name: 'String',
      },
    ],
    day_budget: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    success: 'Boolean',
    result: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.add`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignAddOperation = {
  method: 'taobao.feedflow.item.campaign.add',
  responseRoot: 'feedflow_item_campaign_add_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流增加推广计划 — calls TOP method `taobao.feedflow.item.campaign.add`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignAdd(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignAddRequest = {},
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignAddResponse> {
  return client.call<TaobaoFeedflowItemCampaignAddResponse>(
    {
      method: 'taobao.feedflow.item.campaign.add',
      responseRoot: 'feedflow_item_campaign_add_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
