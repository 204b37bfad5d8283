// Generated from specs/scs/taobao.onebp.dkx.report.report.campaign.daylist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.report.report.campaign.daylist` (获取计划分日报表). */
export interface TaobaoOnebpDkxReportReportCampaignDaylistRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxReportReportCampaignDaylistApiServiceContextInput;
  /** 报表查询参数 */
  report_query: TaobaoOnebpDkxReportReportCampaignDaylistReportQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.report.report.campaign.daylist`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxReportReportCampaignDaylistResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxReportReportCampaignDaylistResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.report.report.campaign.daylist`. */
export interface TaobaoOnebpDkxReportReportCampaignDaylistApiServiceContextInput {
  /** api业务线编码 */
  biz_code?: string;
}

/** `ReportQueryTopDto` of `taobao.onebp.dkx.report.report.campaign.daylist`. */
export interface TaobaoOnebpDkxReportReportCampaignDaylistReportQueryTopDtoInput {
  /** 开始时间 */
  start_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 查询日期 */
  log_date_list?: string[];
  /** 效果转化天数 */
  effect?: Int64Input;
  /** 效果转化类型 */
  effect_type?: string;
  /** 计划列表 */
  campaign_id_list?: Int64Input[];
  /** 产品线列表 */
  launch_product_id_list?: Int64Input[];
  /** 宽窄口径 */
  unify_type?: string;
  /** 是否查询udf */
  query_udf?: boolean;
  /** 是否场景 */
  strategy_scene?: boolean;
}

/** `ResultDto` of `taobao.onebp.dkx.report.report.campaign.daylist`. */
export interface TaobaoOnebpDkxReportReportCampaignDaylistResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  report_result_top_d_t_o_list?: TaobaoOnebpDkxReportReportCampaignDaylistReportResultTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxReportReportCampaignDaylistResultCode;
}

/** `ReportResultTopDto` of `taobao.onebp.dkx.report.report.campaign.daylist`. */
export interface TaobaoOnebpDkxReportReportCampaignDaylistReportResultTopDto {
  /** 按小时维度划分的小时ID */
  hour_id?: Int64;
  /** 按天维度划分的日期 */
  log_date?: string;
  /** 展现数 */
  ad_pv?: Int64;
  /** 点击数 */
  click?: Int64;
  /** 点击率 */
  ctr?: string;
  /** 千次展现成本 */
  ecpm?: string;
  /** 消耗 */
  charge?: string;
  /** 点击成本 */
  ecpc?: string;
  /** 加购量 */
  car_num?: Int64;
  /** 直接加购量 */
  dir_car_num?: Int64;
  /** 间接加购量 */
  indir_car_num?: Int64;
  /** 收藏量 */
  inshop_item_col_num?: Int64;
  /** 收藏加购成本 */
  inshop_item_col_car_num_cost?: Int64;
  /** 成交金额 */
  alipay_inshop_amt?: string;
  /** 成交笔数 */
  alipay_inshop_num?: Int64;
  /** 成交转化率 */
  cvr?: string;
  /** ROI */
  roi?: string;
  /** 预售成交笔数 */
  prepay_inshop_amt?: string;
  /** 预售成交金额 */
  prepay_inshop_num?: Int64;
  /** 新客成交金额贡献占比 */
  no_lalipay_inshop_amt_proprtion?: string;
  /** 直接成交笔数 */
  dir_alipay_inshop_num?: Int64;
  /** 直接成交金额 */
  dir_alipay_inshop_amt?: string;
  /** 间接成交笔数 */
  indir_alipay_inshop_num?: Int64;
  /** 间接成交金额 */
  indir_alipay_inshop_amt?: string;
  /** 派样量 */
  sample_alipay_num?: Int64;
  /** 派样成交金额 */
  sample_alipay_amt?: string;
  /** 加购量 */
  car_num_kuan?: Int64;
  /** 直接加购量 */
  dir_car_num_kuan?: Int64;
  /** 间接加购量 */
  indir_car_num_kuan?: Int64;
  /** 收藏量 */
  inshop_item_col_num_kuan?: Int64;
  /** 收藏加购成本 */
  inshop_item_col_car_num_cost_kuan?: Int64;
  /** 成交金额 */
  alipay_inshop_amt_kuan?: string;
  /** 成交笔数 */
  alipay_inshop_num_kuan?: Int64;
  /** 成交转化率 */
  cvr_kuan?: string;
  /** ROI */
  roi_kuan?: string;
  /** 预售成交笔数 */
  prepay_inshop_amt_kuan?: string;
  /** 预售成交金额 */
  prepay_inshop_num_kuan?: Int64;
  /** 新客成交金额贡献占比 */
  no_lalipay_inshop_amt_proprtion_kuan?: string;
  /** 直接成交笔数 */
  dir_alipay_inshop_num_kuan?: Int64;
  /** 直接成交金额 */
  dir_alipay_inshop_amt_kuan?: string;
  /** 间接成交笔数 */
  indir_alipay_inshop_num_kuan?: Int64;
  /** 间接成交金额 */
  indir_alipay_inshop_amt_kuan?: string;
  /** 派样量 */
  sample_alipay_num_kuan?: Int64;
  /** 派样成交金额 */
  sample_alipay_amt_kuan?: string;
  /** 计划ID */
  campaign_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
}

/** `ResultCode` of `taobao.onebp.dkx.report.report.campaign.daylist`. */
export interface TaobaoOnebpDkxReportReportCampaignDaylistResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
  report_query: {
    start_time: 'String',
    end_time: 'String',
    log_date_list: ['String'],
    effect: 'Number',
    effect_type: 'String',
    campaign_id_list: ['Number'],
    launch_product_id_list: ['Number'],
    unify_type: 'String',
    query_udf: 'Boolean',
    strategy_scene: 'Boolean',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    report_result_top_d_t_o_list: [
      {
        hour_id: 'Number',
        log_date: 'String',
        ad_pv: 'Number',
        click: 'Number',
        ctr: 'String',
        ecpm: 'String',
        charge: 'String',
        ecpc: 'String',
        car_num: 'Number',
        dir_car_num: 'Number',
        indir_car_num: 'Number',
        inshop_item_col_num: 'Number',
        inshop_item_col_car_num_cost: 'Number',
        alipay_inshop_amt: 'String',
        alipay_inshop_num: 'Number',
        cvr: 'String',
        roi: 'String',
        prepay_inshop_amt: 'String',
        prepay_inshop_num: 'Number',
        no_lalipay_inshop_amt_proprtion: 'String',
        dir_alipay_inshop_num: 'Number',
        dir_alipay_inshop_amt: 'String',
        indir_alipay_inshop_num: 'Number',
        indir_alipay_inshop_amt: 'String',
        sample_alipay_num: 'Number',
        sample_alipay_amt: 'String',
        car_num_kuan: 'Number',
        dir_car_num_kuan: 'Number',
        indir_car_num_kuan: 'Number',
        inshop_item_col_num_kuan: 'Number',
        inshop_item_col_car_num_cost_kuan: 'Number',
        alipay_inshop_amt_kuan: 'String',
        alipay_inshop_num_kuan: 'Number',
        cvr_kuan: 'String',
        roi_kuan: 'String',
        prepay_inshop_amt_kuan: 'String',
        prepay_inshop_num_kuan: 'Number',
        no_lalipay_inshop_amt_proprtion_kuan: 'String',
        dir_alipay_inshop_num_kuan: 'Number',
        dir_alipay_inshop_amt_kuan: 'String',
        indir_alipay_inshop_num_kuan: 'Number',
        indir_alipay_inshop_amt_kuan: 'String',
        sample_alipay_num_kuan: 'Number',
        sample_alipay_amt_kuan: 'String',
        campaign_id: 'Number',
        item_id: 'Number',
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

/** Static description of `taobao.onebp.dkx.report.report.campaign.daylist`: method, response root, request and response schemas. */
export const taobaoOnebpDkxReportReportCampaignDaylistOperation = {
  method: 'taobao.onebp.dkx.report.report.campaign.daylist',
  responseRoot: 'onebp_dkx_report_report_campaign_daylist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取计划分日报表 — calls TOP method `taobao.onebp.dkx.report.report.campaign.daylist`.
 *
 * 获取计划分日报表，场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxReportReportCampaignDaylist(
  client: TopClient,
  request: TaobaoOnebpDkxReportReportCampaignDaylistRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxReportReportCampaignDaylistResponse> {
  return client.call<TaobaoOnebpDkxReportReportCampaignDaylistResponse>(
    {
      method: 'taobao.onebp.dkx.report.report.campaign.daylist',
      responseRoot: 'onebp_dkx_report_report_campaign_daylist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
