// Generated from specs/scs/taobao.onebp.dkx.campaign.campaign.noreport.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.campaign.campaign.noreport` (获取场景计划的非报表数据). */
export interface TaobaoOnebpDkxCampaignCampaignNoreportRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxCampaignCampaignNoreportApiServiceContextInput;
  /** 计划查询参数 */
  campaign_query: TaobaoOnebpDkxCampaignCampaignNoreportCampaignQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.campaign.campaign.noreport`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxCampaignCampaignNoreportResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxCampaignCampaignNoreportResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.campaign.campaign.noreport`. */
export interface TaobaoOnebpDkxCampaignCampaignNoreportApiServiceContextInput {
  /** api业务线编码。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `CampaignQueryTopDto` of `taobao.onebp.dkx.campaign.campaign.noreport`. */
export interface TaobaoOnebpDkxCampaignCampaignNoreportCampaignQueryTopDtoInput {
  /** 页码，从0开始 */
  offset: Int64Input;
  /** 系统自动生成 */
  page_size: Int64Input;
  /** 投放状态 */
  status_list?: string[];
  /** 场景列表 */
  need_scene_list?: string[];
  /** 计划名称 */
  campaign_name?: string;
  /** 计划id列表 */
  campaign_id_list?: Int64Input[];
}

/** `ResultDto` of `taobao.onebp.dkx.campaign.campaign.noreport`. */
export interface TaobaoOnebpDkxCampaignCampaignNoreportResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  campaign_result_top_d_t_o_list?: TaobaoOnebpDkxCampaignCampaignNoreportCampaignResultTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxCampaignCampaignNoreportResultCode;
}

/** `CampaignResultTopDto` of `taobao.onebp.dkx.campaign.campaign.noreport`. */
export interface TaobaoOnebpDkxCampaignCampaignNoreportCampaignResultTopDto {
  /** 计划ID */
  campaign_id?: Int64;
  /** 计划组Id */
  campaign_group_id?: Int64;
  /** 推广计划名称 */
  campaign_name?: string;
  /** 类型(1:CPT,2:竞价CPM,8:CPC,16:单品) */
  campaign_type?: Int64;
  /** 最高点击单价 */
  cpc_limit?: string;
  /** 日预算 元 */
  day_budget?: string;
  /** 周期预算 元 */
  cyclical_budget?: string;
  /** 周期预算的周期天数 [3,30] */
  dmc_period?: Int64;
  /** 周期预算生效开始时间 */
  dmc_begin_time?: string;
  /** 周期预算生效结束时间 */
  dmc_end_time?: string;
  /** dayBudgetUnlimit */
  day_budget_unlimit?: boolean;
  /** 系统出价类型 */
  system_bid?: Int64;
  /** 是否智能出价 */
  auto_bid?: Int64;
  /** 投放方式(1:尽快，2:平滑) */
  speed_type?: Int64;
  /** 周期投放方式(0:尽快，1:平滑) */
  period_speed_type?: Int64;
  /** 方案类型(1：智能, 2:自定义） */
  solution_type?: Int64;
  /** marketSceneType */
  market_scene_type?: string;
  /** marketScene */
  market_scene?: Int64;
  /** marketSceneName */
  maket_scene_name?: string;
  /** 活动 */
  activity_id?: string;
  /** 投放诉求（1:拓展新客, 2:打造爆款, 3: 日常销售） */
  market_aim?: Int64;
  /** 投放状态(2:暂停,3:等待投放,5:投放中,7:投放结束, -99:异常) */
  status?: Int64;
  /** 生命周期(用来标示该计划组是否创建完成.99表示创建完成) */
  life_cycle?: Int64;
  /** targetBuyer */
  target_buyer?: Int64;
  /** 单元id列表 */
  adgroup_id_list?: Int64[];
  /** 置顶时间 */
  top_time?: string;
  /** 结算消耗 */
  settle_charge?: string;
  /** 来源渠道 */
  source_channel?: string;
  /** 来源实体id */
  source_entity_id?: Int64;
  /** 预算类型 */
  dmc_type?: Int64;
  /** 单元间预算分配优化 */
  auto_dmc?: Int64;
  /** 出价约束类型 */
  constraint_type?: Int64;
  /** 出价约束的值 */
  constraint_value?: string;
  /** channelAdzoneDiscountSwitch */
  channel_adzone_discount?: boolean;
  /** 创意id列表 */
  creative_id_list?: Int64[];
  /** 平均每日预算 */
  avg_dmc?: Int64;
  /** 周期总预算(分) */
  total_budget?: Int64;
  /** abTestOpen */
  ab_test_open?: Int64;
  /** 物料id */
  material_id?: Int64;
  /** 加热的商品id */
  heat_item_ids?: Int64[];
  /** 策略中心人群信息 */
  strategy_crowd_info?: string;
  /** 订单对应广告主的userid */
  user_id?: Int64;
}

/** `ResultCode` of `taobao.onebp.dkx.campaign.campaign.noreport`. */
export interface TaobaoOnebpDkxCampaignCampaignNoreportResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
  campaign_query: {
    offset: 'Number',
    page_size: 'Number',
    status_list: ['String'],
    need_scene_list: ['String'],
    campaign_name: 'String',
    campaign_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    campaign_result_top_d_t_o_list: [
      {
        campaign_id: 'Number',
        campaign_group_id: 'Number',
        campaign_name: 'String',
        campaign_type: 'Number',
        cpc_limit: 'String',
        day_budget: 'String',
        cyclical_budget: 'String',
        dmc_period: 'Number',
        dmc_begin_time: 'String',
        dmc_end_time: 'String',
        day_budget_unlimit: 'Boolean',
        system_bid: 'Number',
        auto_bid: 'Number',
        speed_type: 'Number',
        period_speed_type: 'Number',
        solution_type: 'Number',
        market_scene_type: 'String',
        market_scene: 'Number',
        maket_scene_name: 'String',
        activity_id: 'String',
        market_aim: 'Number',
        status: 'Number',
        life_cycle: 'Number',
        target_buyer: 'Number',
        adgroup_id_list: ['Number'],
        top_time: 'String',
        settle_charge: 'String',
        source_channel: 'String',
        source_entity_id: 'Number',
        dmc_type: 'Number',
        auto_dmc: 'Number',
        constraint_type: 'Number',
        constraint_value: 'String',
        channel_adzone_discount: 'Boolean',
        creative_id_list: ['Number'],
        avg_dmc: 'Number',
        total_budget: 'Number',
        ab_test_open: 'Number',
        material_id: 'Number',
        heat_item_ids: ['Number'],
        strategy_crowd_info: 'String',
        user_id: 'Number',
      },
    ],
    total_count: 'Number',
    message: 'String',
    result_code: {
      code: 'Number',
      message: 'String',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.onebp.dkx.campaign.campaign.noreport`: method, response root, request and response schemas. */
export const taobaoOnebpDkxCampaignCampaignNoreportOperation = {
  method: 'taobao.onebp.dkx.campaign.campaign.noreport',
  responseRoot: 'onebp_dkx_campaign_campaign_noreport_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取场景计划的非报表数据 — calls TOP method `taobao.onebp.dkx.campaign.campaign.noreport`.
 *
 * 获取场景计划的非报表数据。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxCampaignCampaignNoreport(
  client: TopClient,
  request: TaobaoOnebpDkxCampaignCampaignNoreportRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxCampaignCampaignNoreportResponse> {
  return client.call<TaobaoOnebpDkxCampaignCampaignNoreportResponse>(
    {
      method: 'taobao.onebp.dkx.campaign.campaign.noreport',
      responseRoot: 'onebp_dkx_campaign_campaign_noreport_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
