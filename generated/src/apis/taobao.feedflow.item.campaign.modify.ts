// Generated from specs/feedflow/taobao.feedflow.item.campaign.modify.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.modify` (信息流修改计划). */
export interface TaobaoFeedflowItemCampaignModifyRequest {
  /** 修改参数 */
  campaign?: TaobaoFeedflowItemCampaignModifyCampaignDtoInput;
}

/** Response of `taobao.feedflow.item.campaign.modify`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignModifyResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemCampaignModifyResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignDto` of `taobao.feedflow.item.campaign.modify`. */
export interface TaobaoFeedflowItemCampaignModifyCampaignDtoInput {
  /** 计划名称 */
  campaign_name?: string;
  /** 计划id */
  campaign_id: Int64Input;
  /** 状态 */
  status?: string;
  /** 投放时间 */
  launch_time?: TaobaoFeedflowItemCampaignModifyLaunchTimeDtoInput;
  /** 投放区域 */
  launch_area_list?: TaobaoFeedflowItemCampaignModifyLaunchAreaDtoInput[];
  /** 日预算，单位分 */
  day_budget?: Int64Input;
  /** 打折范围 */
  launch_period_list?: TaobaoFeedflowItemCampaignModifyLaunchPeriodDtoInput[];
}

/** `LaunchTimeDto` of `taobao.feedflow.item.campaign.modify`. */
export interface TaobaoFeedflowItemCampaignModifyLaunchTimeDtoInput {
  /** 是否永远生效 */
  launch_forever?: boolean;
  /** 开始时间 */
  begin_time?: DateInput;
  /** 结束时间 */
  end_time?: DateInput;
}

/** `LaunchAreaDto` of `taobao.feedflow.item.campaign.modify`. */
export interface TaobaoFeedflowItemCampaignModifyLaunchAreaDtoInput {
  /** 区域id */
  code?: Int64Input;
  /** 区域名称 */
  name?: string;
}

/** `LaunchPeriodDto` of `taobao.feedflow.item.campaign.modify`. */
export interface TaobaoFeedflowItemCampaignModifyLaunchPeriodDtoInput {
  /** 时间列表 */
  time_span_list?: TaobaoFeedflowItemCampaignModifyTimeSpanDtoInput[];
}

/** `TimeSpanDto` of `taobao.feedflow.item.campaign.modify`. */
export interface TaobaoFeedflowItemCampaignModifyTimeSpanDtoInput {
  /** 时间 */
  time?: string;
  /** 折扣率 */
  discount?: Int64Input;
}

/** `ResultDto` of `taobao.feedflow.item.campaign.modify`. */
export interface TaobaoFeedflowItemCampaignModifyResultDto {
  /** 错误信息 */
  message?: string;
  /** 是否成功 */
  result?: boolean;
  /** 是否成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  campaign: {
    campaign_name: 'String',
    campaign_id: 'Number',
    status: 'String',
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
    launch_period_list: [
      {
        time_span_list: [
          {
            time: 'String',
            discount: 'Number',
          },
        ],
      },
    ],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    result: 'Boolean',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.modify`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignModifyOperation = {
  method: 'taobao.feedflow.item.campaign.modify',
  responseRoot: 'feedflow_item_campaign_modify_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 信息流修改计划 — calls TOP method `taobao.feedflow.item.campaign.modify`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignModify(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignModifyRequest = {},
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignModifyResponse> {
  return client.call<TaobaoFeedflowItemCampaignModifyResponse>(
    {
      method: 'taobao.feedflow.item.campaign.modify',
      responseRoot: 'feedflow_item_campaign_modify_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
