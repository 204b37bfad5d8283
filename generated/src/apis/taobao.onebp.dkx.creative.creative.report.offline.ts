// Generated from specs/scs/taobao.onebp.dkx.creative.creative.report.offline.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.creative.creative.report.offline` (获取创意离线报表). */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxCreativeCreativeReportOfflineApiServiceContextInput;
  /** 创意绑定的查询信息 */
  creative_bind_query: TaobaoOnebpDkxCreativeCreativeReportOfflineCreativeBindQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.creative.creative.report.offline`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxCreativeCreativeReportOfflineResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineApiServiceContextInput {
  /** api业务线编码。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa */
  biz_code?: string;
}

/** `CreativeBindQueryTopDto` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineCreativeBindQueryTopDtoInput {
  /** 计划id */
  campaign_id?: Int64Input;
  /** adgroupId */
  adgroup_id?: Int64Input;
  /** status */
  status?: string;
  /** 报表查询参数 */
  report_query?: TaobaoOnebpDkxCreativeCreativeReportOfflineReportQueryTopDtoInput;
  /** bizCode */
  biz_cod?: string;
  /** campaignIdList */
  campaign_id_list?: Int64Input[];
}

/** `ReportQueryTopDto` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineReportQueryTopDtoInput {
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
  /** 宽窄口径（kuan/zhai） */
  unify_type?: string;
}

/** `ResultDto` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  creative_bind_result_top_d_t_o_list?: TaobaoOnebpDkxCreativeCreativeReportOfflineCreativeBindResultTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxCreativeCreativeReportOfflineResultCode;
}

/** `CreativeBindResultTopDto` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineCreativeBindResultTopDto {
  /** adgroupId */
  adgroup_id?: Int64;
  /** adgroupName */
  adgroup_name?: string;
  /** campaignId */
  campaign_id?: Int64;
  /** campaignName */
  campaign_name?: string;
  /** upgradeReportInfoList */
  upgrade_report_info_list?: TaobaoOnebpDkxCreativeCreativeReportOfflineReportResultTopDto[];
  /** creativeId */
  creative_id?: Int64;
  /** 创意名称 */
  creative_name?: string;
  /** clickUrl */
  click_url?: string;
  /** 创意标题 */
  title?: string;
  /** titleTag */
  title_tag?: string;
  /** imgUrl */
  img_url?: string;
  /** 图片类型 1用户自己上传 2主图 3附图 */
  img_type?: Int64;
  /** 审核原因 */
  audit_reason?: string;
  /** creativeSize */
  creative_size?: string;
  /** 审核状态 */
  audit_status?: Int64;
  /** 审核状态 */
  status?: string;
  /** 外部实体id */
  outer_id?: Int64;
  /** 创意type */
  creative_type?: string;
  /** 创意类型 */
  format?: Int64;
  /** 创意类型描述 */
  format_name?: string;
  /** 模板id */
  template_id?: Int64;
  /** canEdit */
  can_edit?: boolean;
  /** templateData */
  template_data?: string;
  /** jsContentsMap */
  js_contents_map?: string;
  /** 模板id */
  template_package_id?: Int64;
  /** displayUrl */
  display_url?: string;
  /** source */
  source?: Int64;
  /** creativeLevel */
  creative_level?: Int64;
  /** catId */
  cat_id?: Int64;
  /** imgPath */
  img_path?: string;
  /** 包类型（0：非包，1：标尺包,2：包） */
  package_type?: Int64;
  /** 视频创意checksum */
  video_check_sum?: string;
}

/** `ReportResultTopDto` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineReportResultTopDto {
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
}

/** `ResultCode` of `taobao.onebp.dkx.creative.creative.report.offline`. */
export interface TaobaoOnebpDkxCreativeCreativeReportOfflineResultCode {
  /** 错误编码 */
  code?: Int64;
  /** 错误信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  api_service_context: {
    biz_code: 'String',
  },
  creative_bind_query: {
    campaign_id: 'Number',
    adgroup_id: 'Number',
    status: 'String',
    report_query: {
      start_time: 'String',
      end_time: 'String',
      log_date_list: ['String'],
      effect: 'Number',
      effect_type: 'String',
      unify_type: 'String',
    },
    biz_cod: 'String',
    campaign_id_list: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    creative_bind_result_top_d_t_o_list: [
      {
        adgroup_id: 'Number',
        adgroup_name: 'String',
        campaign_id: 'Number',
        campaign_name: 'String',
        upgrade_report_info_list: [
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
          },
        ],
        creative_id: 'Number',
        creative_name: 'String',
        click_url: 'String',
        title: 'String',
        title_tag: 'String',
        img_url: 'String',
        img_type: 'Number',
        audit_reason: 'String',
        creative_size: 'String',
        audit_status: 'Number',
        status: 'String',
        outer_id: 'Number',
        creative_type: 'String',
        format: 'Number',
        format_name: 'String',
        template_id: 'Number',
        can_edit: 'Boolean',
        template_data: 'String',
        js_contents_map: 'String',
        template_package_id: 'Number',
        display_url: 'String',
        source: 'Number',
        creative_level: 'Number',
        cat_id: 'Number',
        img_path: 'String',
        package_type: 'Number',
        video_check_sum: 'String',
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

/** Static description of `taobao.onebp.dkx.creative.creative.report.offline`: method, response root, request and response schemas. */
export const taobaoOnebpDkxCreativeCreativeReportOfflineOperation = {
  method: 'taobao.onebp.dkx.creative.creative.report.offline',
  responseRoot: 'onebp_dkx_creative_creative_report_offline_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取创意离线报表 — calls TOP method `taobao.onebp.dkx.creative.creative.report.offline`.
 *
 * 获取创意离线报表。场景和bizCode的对应关系为：拉新快adStrategyDkx，上新快adStrategyShangXin ，货品加速adStrategyProductSpeed，入会快adStrategyRuHui，预热蓄水adStrategyYuRe，爆发收割adStrategyBaoFa
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxCreativeCreativeReportOffline(
  client: TopClient,
  request: TaobaoOnebpDkxCreativeCreativeReportOfflineRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxCreativeCreativeReportOfflineResponse> {
  return client.call<TaobaoOnebpDkxCreativeCreativeReportOfflineResponse>(
    {
      method: 'taobao.onebp.dkx.creative.creative.report.offline',
      responseRoot: 'onebp_dkx_creative_creative_report_offline_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
