// Generated from specs/scs/taobao.onebp.dkx.report.report.material.realtime.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.onebp.dkx.report.report.material.realtime` (查询某计划分商品实时报表). */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeRequest {
  /** 请求体 */
  api_service_context: TaobaoOnebpDkxReportReportMaterialRealtimeApiServiceContextInput;
  /** 报表查询参数 */
  report_query: TaobaoOnebpDkxReportReportMaterialRealtimeReportQueryTopDtoInput;
}

/** Response of `taobao.onebp.dkx.report.report.material.realtime`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeResponse {
  /** 结果体 */
  result?: TaobaoOnebpDkxReportReportMaterialRealtimeResultDto;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ApiServiceContext` of `taobao.onebp.dkx.report.report.material.realtime`. */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeApiServiceContextInput {
  /** api业务线编码 */
  biz_code?: string;
}

/** `ReportQueryTopDto` of `taobao.onebp.dkx.report.report.material.realtime`. */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeReportQueryTopDtoInput {
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
  /** 产品列表 */
  launch_product_id_list?: Int64Input[];
  /** 计划列表 */
  campaign_id_list?: Int64Input[];
}

/** `ResultDto` of `taobao.onebp.dkx.report.report.material.realtime`. */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeResultDto {
  /** 是否成功 */
  success?: boolean;
  /** 返回结果 */
  report_result_top_d_t_o_list?: TaobaoOnebpDkxReportReportMaterialRealtimeReportResultTopDto[];
  /** 结果总数 */
  total_count?: Int64;
  /** 返回消息 */
  message?: string;
  /** 返回状态码 */
  result_code?: TaobaoOnebpDkxReportReportMaterialRealtimeResultCode;
}

/** `ReportResultTopDto` of `taobao.onebp.dkx.report.report.material.realtime`. */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeReportResultTopDto {
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
  /** 商品id */
  item_id?: Int64;
}

/** `ResultCode` of `taobao.onebp.dkx.report.report.material.realtime`. */
export interface TaobaoOnebpDkxReportReportMaterialRealtimeResultCode {
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
    launch_product_id_list: ['Number'],
    campaign_id_list: ['Number'],
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

/** Static description of `taobao.onebp.dkx.report.report.material.realtime`: method, response root, request and response schemas. */
export const taobaoOnebpDkxReportReportMaterialRealtimeOperation = {
  method: 'taobao.onebp.dkx.report.report.material.realtime',
  responseRoot: 'onebp_dkx_report_report_material_realtime_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询某计划分商品实时报表 — calls TOP method `taobao.onebp.dkx.report.report.material.realtime`.
 *
 * 查询某计划分商品实时报表
 * 入参1示例：{"biz_code":"adStrategyDkx"}
 * 入参2示例：{"start_time":"2021-09-24","campaign_id_list":[2853805001],"end_time":"2021-09-24","launch_product_id_list":[101011001,101001005,101001013,101001014,101016001]}
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOnebpDkxReportReportMaterialRealtime(
  client: TopClient,
  request: TaobaoOnebpDkxReportReportMaterialRealtimeRequest,
  options?: CallOptions,
): Promise<TaobaoOnebpDkxReportReportMaterialRealtimeResponse> {
  return client.call<TaobaoOnebpDkxReportReportMaterialRealtimeResponse>(
    {
      method: 'taobao.onebp.dkx.report.report.material.realtime',
      responseRoot: 'onebp_dkx_report_report_material_realtime_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
