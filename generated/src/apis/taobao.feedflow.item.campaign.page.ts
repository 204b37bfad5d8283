// Generated from specs/feedflow/taobao.feedflow.item.campaign.page.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.feedflow.item.campaign.page` (批量查询计划列表). */
export interface TaobaoFeedflowItemCampaignPageRequest {
  /** 入参 */
  campaign_query?: TaobaoFeedflowItemCampaignPageCampaignQueryDtoInput;
}

/** Response of `taobao.feedflow.item.campaign.page`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFeedflowItemCampaignPageResponse {
  /** 结果 */
  result?: TaobaoFeedflowItemCampaignPageResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CampaignQueryDto` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageCampaignQueryDtoInput {
  /** 计划id */
  campaign_id?: Int64Input;
  /** 计划名称 */
  campaign_name?: string;
  /** 起始位置 */
  offset?: Int64Input;
  /** 每页大小 */
  page_size?: Int64Input;
  /** 状态列表 */
  status_list?: string[];
}

/** `ResultDto` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageResultDto {
  /** 信息 */
  message?: string;
  /** 计划列表 */
  results?: TaobaoFeedflowItemCampaignPageCampaignDTo[];
  /** 是否成功 */
  success?: boolean;
  /** 符合条件的计划数量 */
  total_count?: Int64;
}

/** `CampaignDTo` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageCampaignDTo {
  /** 计划id */
  campaign_id?: Int64;
  /** 计划名称 */
  campaign_name?: string;
  /** 日预算金额，单位分 */
  day_budget?: Int64;
  /** 投放地域 */
  launch_area_list?: TaobaoFeedflowItemCampaignPageLaunchAreaDto[];
  /** 投放时间 */
  launch_time?: TaobaoFeedflowItemCampaignPageLaunchTimeDto;
  /** PAUSE("投放暂停"),START("投放开始"), TERMINATE("投放停止"),ABNORMAL(投放异常"),WAIT("投放等待中"),DELETE("删除") */
  status?: string;
  /** 折扣时间 */
  launch_period_list?: TaobaoFeedflowItemCampaignPageLaunchPeriodDto[];
}

/** `LaunchAreaDto` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageLaunchAreaDto {
  /** 地域编码 */
  code?: Int64;
  /** 地域名称 */
  name?: string;
}

/** `LaunchTimeDto` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageLaunchTimeDto {
  /** 开始时间 */
  begin_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 是否永远投放 */
  launch_forever?: boolean;
}

/** `LaunchPeriodDto` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageLaunchPeriodDto {
  /** 时间 */
  time_span_list?: TaobaoFeedflowItemCampaignPageTimeSpanDto[];
}

/** `TimeSpanDto` of `taobao.feedflow.item.campaign.page`. */
export interface TaobaoFeedflowItemCampaignPageTimeSpanDto {
  /** 折扣率 */
  discount?: Int64;
  /** 折扣时间 */
  time?: string;
}

const REQUEST_SCHEMA = {
  campaign_query: {
    campaign_id: 'Number',
    campaign_name: 'String',
    offset: 'Number',
    page_size: 'Number',
    status_list: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    message: 'String',
    results: [
      {
        campaign_id: 'Number',
        campaign_name: 'String',
        day_budget: 'Number',
        launch_area_list: [
          {
            code: 'Number',
            name: 'String',
          },
        ],
        launch_time: {
          begin_time: 'Date',
          end_time: 'Date',
          launch_forever: 'Boolean',
        },
        status: 'String',
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
      },
    ],
    success: 'Boolean',
    total_count: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.feedflow.item.campaign.page`: method, response root, request and response schemas. */
export const taobaoFeedflowItemCampaignPageOperation = {
  method: 'taobao.feedflow.item.campaign.page',
  responseRoot: 'feedflow_item_campaign_page_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 批量查询计划列表 — calls TOP method `taobao.feedflow.item.campaign.page`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFeedflowItemCampaignPage(
  client: TopClient,
  request: TaobaoFeedflowItemCampaignPageRequest = {},
  options?: CallOptions,
): Promise<TaobaoFeedflowItemCampaignPageResponse> {
  return client.call<TaobaoFeedflowItemCampaignPageResponse>(
    {
      method: 'taobao.feedflow.item.campaign.page',
      responseRoot: 'feedflow_item_campaign_page_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
