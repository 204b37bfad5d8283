// Generated from specs/simba/taobao.universalbp.campaign.findlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.campaign.findlist` (查询全量计划列表(不分页)). */
export interface TaobaoUniversalbpCampaignFindlistRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpCampaignFindlistTopServiceContextInput;
  /** campaignQueryVO */
  campaign_query_v_o: TaobaoUniversalbpCampaignFindlistCampaignQueryVoInput;
}

/** Response of `taobao.universalbp.campaign.findlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpCampaignFindlistResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpCampaignFindlistTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `CampaignQueryVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignQueryVoInput {
  /** 筛选项-主体类型 */
  status_list?: string[];
  /** 筛选项-主体类型 */
  promotion_type_list?: string[];
  /** 计划id */
  campaign_id?: Int64Input;
  /** 偏移量 */
  offset?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpCampaignFindlistTopInfo;
  /** 结果集 */
  campaign_v_o_top_bulk_data?: TaobaoUniversalbpCampaignFindlistTopBulkData;
}

/** `TopInfo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopBulkData` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistTopBulkData {
  /** 批量结果集 */
  campaign_v_o_list?: TaobaoUniversalbpCampaignFindlistCampaignVo[];
  /** 数量 */
  count?: Int64;
}

/** `CampaignVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignVo {
  /** 业务身份,枚举信息同'account.get.can.use.bizcode'服务返回结果 */
  biz_code?: string;
  /** 计划组id */
  campaign_group_id?: Int64;
  /** 计划组名称 */
  campaign_group_name?: string;
  /** 计划id,计划已经存在场景必填,eg:添加主体、编辑计划状态等场景 */
  campaign_id?: Int64;
  /** 计划名称 */
  campaign_name?: string;
  /** 推广场景,promotion_scene_crowd:人群方舟,promotion_scene_item:店铺宝贝运营,promotion_scene_traffic:宝藏场景,AD_STRATEGY_LAXIN:策略中心拉新场景,AD_STRATEGY_SHANGXINLI:策略中心上新礼场景,AD_STRATEGY_FRESH_BOX:策略中心小黑盒场景,AD_STRATEGY_LAXIN_XINXIANG:策略中心拉新新享一笔钱场景,AD_STRATEGY_RUHUI_NEW:策略中心入会快新会员场景,AD_STRATEGY_RUHUI_OLD:策略中心入会快老会员场景,AD_STRATEGY_LIUZI:策略中心留资快场景,AD_STRATEGY_YURE:策略中心活动加速场景,AD_STRATEGY_HUODONG_ESCORT:活动全周期护航计划,AD_STRATEGY_CROWD_INDUSTRY:策略中心行业人群通,AD_STRATEGY_WHOLE_SHOP_SMART:策略中心全店放心推-智能托管,AD_STRATEGY_WHOLE_SHOP_CUSTOM:策略中心全店放心推-自定义,AD_STRATEGY_EVEN_BUDGET:策略中心均匀曝光场景,AD_STRATEGY_SXK_GUARANTEE:万相台上新快确定性保障,AD_STRATEGY_HPJS_GUARANTEE:万相台货品加速确定性保障,AD_STRATEGY_HPJS_TIME_LIMIT:万相台货品加速限时加速,AD_STRATEGY_FANS_HEADLINES:万相台粉丝头条,WXT_AGENCY_XST_CPC:服务商版一键起量（CPC）,WXT_AGENCY_XST_CPA:服务商版客源多（CPA）,WXT_AGENCY_SHEQUN:服务商版社群（CPA+CPS） */
  promotion_scene?: string;
  /** 推广目标,shop_item:全店宝贝推广,new_item_speed_car:新品飞车,shop_crowd:店铺人群运营,brand_crowd:品牌人群运营,traffic_shoujiao:淘系焦点图,traffic_nd:全屏微详情 */
  promotion_goals?: string;
  /** 推广类型 */
  promotion_model?: string;
  /** 推广主体类型,item:商品,item_private_mini:独享橱窗,shop:店铺,content:内容,short_video:短视频,user_define:自定义; */
  promotion_type?: string;
  /** 主体类型，支持一个计划下存在多种类型 */
  promotion_type_list?: string[];
  /** 推广子主体类型,item:商品，item_private_mini:独享橱窗，shop:店铺，you_hao_huo:有好货，picture:图文，short_video:短视频，live_room:直播间，live_spot:看点，tao_blocks:淘积木，user_define_url:自定义url */
  sub_promotion_type?: string;
  /** 子主体类型，支持一个计划下存在多种类型 */
  sub_promotion_type_list?: string[];
  /** 优化目标，conv:促进成交,coll_cart:促进加购,click:促进点击,deal_count:促进成交笔数,exposure_pv:促进曝光,mini_view:促进橱窗宝贝浏览个数,mini_interactive:促进橱窗宝贝互动,ad_strategy_wangwang:策略中心旺旺咨询,shop_potential:提升潜客人数,shop_interest_new:提升兴趣新客人数,shop_purchase_new:提升首购新客人数,shop_visit_new:提升访问新客人数,shop_repurchase:提升复购人数,high_cvr:提升高转换人群成交人数,deeplink_d:提升品牌发现人数-D,deeplink_e1:提升品牌种草人数-E,deeplink_e2:提升品牌互动人数-E,deeplink_p:提升品牌行动人数-P,deeplink_i:提升品牌首购人数-I,deeplink_n:提升品牌复购人数-N,deeplink_k:提升品牌挚爱人数-K,hf_grass_plant:预热种草,hf_impoundment:预售蓄水,hf_harvest:爆发收割,nd_click:提高互动量,nd_cart:提高加购量,nd_deal:提高成交量,ad_strategy_ruhui_count:策略中心入会快新会员场景入会量目标,ad_strategy_lzl:策略中心留资快留资量目标,ad_strategy_try:策略中心派样量,ad_strategy_view:策略中心优化展现,ad_strategy_auto_trans:策略中心自动流转,ad_strategy_trial_order:策略中心表单获客成本,ad_strategy_liuzi_cost:策略中心广义留资目标,ad_strategy_cool_start:策略中心自动冷启动,ad_strategy_cool_start_mini_aim:策略中心冷启动分阶段目标流转,wxt_agency_ai:A转I人群流转,wxt_agency_smart:自定义场景,form_submit:表单提交,trial_order:试用下单,wangwang_liuzi:旺旺留资 */
  optimize_target?: string;
  /** 投放状态,-1:未进入投放状态,0:用户设置状态-下线,1:用户设置状态-上线,2:合同未生效,9:投放结束,105:待支付 */
  online_status?: Int64;
  /** 前端展示状态,pause:暂停推广,start:正在推广,terminate:结束推广,wait:等待推广,pending:准备推广,wait_pay:计划未付款 */
  display_status?: string;
  /** 置顶状态,true:置顶，false:不置顶 */
  top_status?: boolean;
  /** 预算类型,normal:日预算,total:总预算,cycle:活动周期预算,day_freeze:日预算冻结,unlimit:不限预算 */
  dmc_type?: string;
  /** 日预算金额 */
  day_budget?: string;
  /** 日预算投放方式, quick:天内尽快,smooth:天内平滑 */
  smooth_option?: string;
  /** 周期预算金额 */
  total_budget?: string;
  /** 周期预算周期天数 */
  budget_period?: Int64;
  /** 周期预算投放方式, quick:天内尽快,smooth:天内平滑 */
  period_smooth?: string;
  /** 出价方式,custom_bid:手动出价,max_amount:最大化拿量,cost_control:控成本,roi_control:控投产比 */
  bid_type?: string;
  /** ocpc出价 */
  campaign_ocpc?: TaobaoUniversalbpCampaignFindlistCampaignOcpcVo;
  /** 手动出价时，最大金额 */
  max_price?: string;
  /** 手动出价时，最小金额 */
  min_price?: string;
  /** 出价单位 */
  bid_unit?: string;
  /** 出价约束类型,non:无约束,click:点击成本,coll_cart:收藏加购成本(非场景推广),cart:收藏加购成本(场景推广),conv:成交成本(非场景推广),deal:成交成本(场景推广),dir_conv:直接成交成本,roi:投产比约束 */
  constraint_type?: string;
  /** 出价约束值 */
  constraint_value?: string;
  /** 冷启动标识，0:否，1:是 */
  cold_boot?: Int64;
  /** 冷启动时间 */
  cold_boot_time?: string;
  /** 当前计划冷启动阶段，cold:冷启动期,mature:成熟期,acc_fail:冷启动失败,acc_success:冷启动成功,accelerate:加速中 */
  cold_boot_stage?: string;
  /** 分时折扣比例（取当前时刻对应的实际折扣，格式：80%） */
  launch_period_discount?: string;
  /** 分时折扣展示时段（取当前时刻对应的半小时区间，格式：09:00-09:30） */
  launch_period_display_time?: string;
  /** 计划投放时间 */
  launch_time?: TaobaoUniversalbpCampaignFindlistCampaignLaunchTimeVo;
  /** 地域码 */
  launch_area_str_list?: string[];
  /** 投放折扣时段设置 */
  launch_period_list?: TaobaoUniversalbpCampaignFindlistLaunchPeriodVo[];
  /** 人群过滤 */
  crowd_filter_list?: TaobaoUniversalbpCampaignFindlistCampaignCrowdFilterVo[];
  /** 品牌过滤 */
  brand_filter_list?: TaobaoUniversalbpCampaignFindlistCampaignBrandFilterVo[];
  /** 品牌正向过滤 */
  deeplink_brand_list?: TaobaoUniversalbpCampaignFindlistDeeplinkBrandVo[];
  /** 性别年龄过滤 */
  gender_age_filter_list?: TaobaoUniversalbpCampaignFindlistCampaignGenderAgeFilterVo[];
  /** 橱窗相关 */
  mini_detail?: TaobaoUniversalbpCampaignFindlistCampaignMiniDetailVo;
  /** 选品方式,shop:全店优选,user_define:用户自定义选品,scope:范围圈选,trend:趋势选品 */
  item_selected_mode?: string;
  /** 优选集合,effect:效果优选,growing:全店成长,activity:活动选品,industry:行业尖货,scope:定义选品 */
  shop_item_type?: string;
  /** 自动化选品时屏蔽宝贝 */
  shield_items?: Int64[];
  /** 宝贝优选里面的指定宝贝 */
  scope_items?: Int64[];
}

/** `CampaignOcpcVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignOcpcVo {
  /** OCPC是否开启，0:否，1:是 */
  enable_ocpc?: string;
  /** OCPC溢价比例 */
  ocpc_ratio?: Int64;
}

/** `CampaignLaunchTimeVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignLaunchTimeVo {
  /** 计划开始时间 */
  start_time?: string;
  /** 计划结束时间 */
  end_time?: string;
  /** 是否长期投放,true:是,false:否 */
  launch_forever?: boolean;
}

/** `LaunchPeriodVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistLaunchPeriodVo {
  /** 本周的第x天 */
  day_of_week?: Int64;
  /** 第x天各时段的折扣情况 */
  time_span_list?: TaobaoUniversalbpCampaignFindlistTimeSpanQueryResVo[];
}

/** `TimeSpanQueryResVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistTimeSpanQueryResVo {
  /** 折扣时间段 */
  time?: string;
  /** 折扣 */
  discount?: Int64;
}

/** `CampaignCrowdFilterVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignCrowdFilterVo {
  /** 行为,purchase:购买人群,cart:加购人群,collection:收藏人群,arrival:进店人群 */
  behavior?: string;
  /** 时间窗口,7:7天,15:15天,30:30天,90:90天,180:180天,365:365天 */
  window?: string;
}

/** `CampaignBrandFilterVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignBrandFilterVo {
  /** 品牌id */
  brand_id?: string;
  /** deeplink维度过滤,Discover:Discover 发现,Engage:Engage 种草,Enthuse:Enthuse 互动,Perform:Perform 行动,Initial:Initial 首购,Numerous:Numerous 复购,Keen:Keen 至爱 */
  deeplink_list?: string[];
}

/** `DeeplinkBrandVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistDeeplinkBrandVo {
  /** 品牌id */
  deeplink_brand_id?: string;
  /** 品牌名字 */
  deeplink_brand_name?: string;
}

/** `CampaignGenderAgeFilterVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignGenderAgeFilterVo {
  /** 性别,man:男性人群,woman:女性人群 */
  gender?: string;
  /** 年龄段,0:,1,2,3,4,5,6 */
  age_list?: string[];
}

/** `CampaignMiniDetailVo` of `taobao.universalbp.campaign.findlist`. */
export interface TaobaoUniversalbpCampaignFindlistCampaignMiniDetailVo {
  /** 橱窗主题,1:默认主题,7:品牌定制主题,4:店铺主题,5:拉新主题,2:新品主题 */
  mini_detail_theme?: string;
  /** 橱窗宝贝id列表 */
  private_mini_item_id_list?: Int64[];
  /** 橱窗宝贝里面置顶的id列表 */
  private_mini_top_item_id_list?: Int64[];
  /** 手动选宝贝还是智能,0:黑名单,1:白名单 */
  private_mini_type?: Int64;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  campaign_query_v_o: {
    status_list: ['String'],
    promotion_type_list: ['String'],
    campaign_id: 'Number',
    offset: 'Number',
    page_size: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    info: {
      ok: 'Boolean',
      message: 'String',
      error_code: 'String',
    },
    campaign_v_o_top_bulk_data: {
      campaign_v_o_list: [
        {
          biz_code: 'String',
          campaign_group_id: 'Number',
          campaign_group_name: 'String',
          campaign_id: 'Number',
          campaign_name: 'String',
          promotion_scene: 'String',
          promotion_goals: 'String',
          promotion_model: 'String',
          promotion_type: 'String',
          promotion_type_list: ['String'],
          sub_promotion_type: 'String',
          sub_promotion_type_list: ['String'],
          optimize_target: 'String',
          online_status: 'Number',
          display_status: 'String',
          top_status: 'Boolean',
          dmc_type: 'String',
          day_budget: 'String',
          smooth_option: 'String',
          total_budget: 'String',
          budget_period: 'Number',
          period_smooth: 'String',
          bid_type: 'String',
          campaign_ocpc: {
            enable_ocpc: 'String',
            ocpc_ratio: 'Number',
          },
          max_price: 'String',
          min_price: 'String',
          bid_unit: 'String',
          constraint_type: 'String',
          constraint_value: 'String',
          cold_boot: 'Number',
          cold_boot_time: 'Date',
          cold_boot_stage: 'String',
          launch_period_discount: 'String',
          launch_period_display_time: 'String',
          launch_time: {
            start_time: 'Date',
            end_time: 'Date',
            launch_forever: 'Boolean',
          },
          launch_area_str_list: ['String'],
          launch_period_list: [
            {
              day_of_week: 'Number',
              time_span_list: [
                {
                  time: 'String',
                  discount: 'Number',
                },
              ],
            },
          ],
          crowd_filter_list: [
            {
              behavior: 'String',
              window: 'String',
            },
          ],
          brand_filter_list: [
            {
              brand_id: 'String',
              deeplink_list: ['String'],
            },
          ],
          deeplink_brand_list: [
            {
              deeplink_brand_id: 'String',
              deeplink_brand_name: 'String',
            },
          ],
          gender_age_filter_list: [
            {
              gender: 'String',
              age_list: ['String'],
            },
          ],
          mini_detail: {
            mini_detail_theme: 'String',
            private_mini_item_id_list: ['Number'],
            private_mini_top_item_id_list: ['Number'],
            private_mini_type: 'Number',
          },
          item_selected_mode: 'String',
          shop_item_type: 'String',
          shield_items: ['Number'],
          scope_items: ['Number'],
        },
      ],
      count: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.campaign.findlist`: method, response root, request and response schemas. */
export const taobaoUniversalbpCampaignFindlistOperation = {
  method: 'taobao.universalbp.campaign.findlist',
  responseRoot: 'universalbp_campaign_findlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询全量计划列表(不分页) — calls TOP method `taobao.universalbp.campaign.findlist`.
 *
 * 查询场景内的全量计划列表
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpCampaignFindlist(
  client: TopClient,
  request: TaobaoUniversalbpCampaignFindlistRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpCampaignFindlistResponse> {
  return client.call<TaobaoUniversalbpCampaignFindlistResponse>(
    {
      method: 'taobao.universalbp.campaign.findlist',
      responseRoot: 'universalbp_campaign_findlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
