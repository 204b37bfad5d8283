// Generated from specs/simba/taobao.universalbp.report.async.create.download.task.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.universalbp.report.async.create.download.task` (创建异步下载任务). */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskRequest {
  /** topServiceContext */
  top_service_context: TaobaoUniversalbpReportAsyncCreateDownloadTaskTopServiceContextInput;
  /** reportQueryVO */
  report_query_v_o: TaobaoUniversalbpReportAsyncCreateDownloadTaskReportQueryVoInput;
}

/** Response of `taobao.universalbp.report.async.create.download.task`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskResponse {
  /** 结果体 */
  result?: TaobaoUniversalbpReportAsyncCreateDownloadTaskTopResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopServiceContext` of `taobao.universalbp.report.async.create.download.task`. */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskTopServiceContextInput {
  /** api业务线编码 */
  biz_code: string;
}

/** `ReportQueryVo` of `taobao.universalbp.report.async.create.download.task`. */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskReportQueryVoInput {
  /** 汇总类型 sum-汇总,hour-分时,day-分天,week-分周,month-分月 */
  split_type: string;
  /** 归因口径，zhai-末次点击归因， mta-mta归因 */
  unify_type: string;
  /** 开始时间 */
  start_time: string;
  /** 结束时间 */
  end_time: string;
  /** 归因周期，1、3、7、15、30 */
  effect_equal: Int64Input;
  /** 场景筛选code */
  biz_code_in_list?: string[];
  /** 优化目标筛选 */
  strategy_optimize_target_in_list?: Int64Input[];
  /** 计划id筛选 */
  strategy_campaign_id_in_list?: Int64Input[];
  /** 单元id或者名称筛选 */
  strategy_adgroup_id_or_name?: string;
  /** 单元id筛选 */
  strategy_adgroup_id_in_list?: Int64Input[];
  /** 主体类型筛选，ITEM_PRIVATE_MINIL-橱窗，SHOP-店铺，USER_DEFINE_URL-自定义 */
  sub_promotion_types?: string[];
  /** 人群名称模糊过滤 */
  strategy_target_title_like?: string;
  /** 宝贝id筛选 */
  item_ids?: Int64Input[];
  /** 仅创意报表有效,创意筛选 */
  strategy_creative_id_or_name?: string;
  /** 流量来源资源包id筛选 */
  adzone_pkg_id_in_list?: Int64Input[];
  /** 词包还是词 */
  bid_word_type_in_list?: string[];
  /** 词模糊筛选 */
  strategy_bidword_name_like?: string;
  /** 词包模糊筛选 */
  strategy_bidword_pkg_name_like?: string;
  /** 省份筛选 */
  province_id_in_list?: Int64Input[];
  /** 聚合维度，可用值和选择对应报表类型一致 */
  query_domains?: string[];
  /** 需要下载的指标数据 */
  query_field_in_list?: string[];
  /** 报表异步下载文件名称，下载时必填 */
  excel_name: string;
  /** 下载指标设置， all-全部指标，selected-下载传入指标 */
  field_type: string;
  /** 报表下载需要的参数，必填, report_frame_account-账户,report_frame_campaign-计划,report_frame_adgroup-单元,report_frame_bidword-关键词,report_frame_crowd-人群,report_frame_item_promotion-宝贝主体,report_frame_other_promotion-其他主体,report_frame_creative-创意,report_frame_area-地域 */
  parent_adc_name: string;
  /** 偏移量 */
  offset?: Int64Input;
  /** 页面大小 */
  page_size?: Int64Input;
}

/** `TopResult` of `taobao.universalbp.report.async.create.download.task`. */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskTopResult {
  /** 请求系统信息 */
  info?: TaobaoUniversalbpReportAsyncCreateDownloadTaskTopInfo;
  /** 结果集 */
  top_report_download_v_o?: TaobaoUniversalbpReportAsyncCreateDownloadTaskTopReportDownloadVo;
}

/** `TopInfo` of `taobao.universalbp.report.async.create.download.task`. */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskTopInfo {
  /** 是否成功 */
  ok?: boolean;
  /** 错误信息 */
  message?: string;
  /** 错误编码 */
  error_code?: string;
}

/** `TopReportDownloadVo` of `taobao.universalbp.report.async.create.download.task`. */
export interface TaobaoUniversalbpReportAsyncCreateDownloadTaskTopReportDownloadVo {
  /** 任务id */
  task_id?: Int64;
}

const REQUEST_SCHEMA = {
  top_service_context: {
    biz_code: 'String',
  },
  report_query_v_o: {
    split_type: 'String',
    unify_type: 'String',
    start_time: 'String',
    end_time: 'String',
    effect_equal: 'Number',
    biz_code_in_list: ['String'],
    strategy_optimize_target_in_list: ['Number'],
    strategy_campaign_id_in_list: ['Number'],
    strategy_adgroup_id_or_name: 'String',
    strategy_adgroup_id_in_list: ['Number'],
    sub_promotion_types: ['String'],
    strategy_target_title_like: 'String',
    item_ids: ['Number'],
    strategy_creative_id_or_name: 'String',
    adzone_pkg_id_in_list: ['Number'],
    bid_word_type_in_list: ['String'],
    strategy_bidword_name_like: 'String',
    strategy_bidword_pkg_name_like: 'String',
    province_id_in_list: ['Number'],
    query_domains: ['String'],
    query_field_in_list: ['String'],
    excel_name: 'String',
    field_type: 'String',
    parent_adc_name: 'String',
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
    top_report_download_v_o: {
      task_id: 'Number',
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.universalbp.report.async.create.download.task`: method, response root, request and response schemas. */
export const taobaoUniversalbpReportAsyncCreateDownloadTaskOperation = {
  method: 'taobao.universalbp.report.async.create.download.task',
  responseRoot: 'universalbp_report_async_create_download_task_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 创建异步下载任务 — calls TOP method `taobao.universalbp.report.async.create.download.task`.
 *
 * 入参报表查询信息，出参下载任务id
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoUniversalbpReportAsyncCreateDownloadTask(
  client: TopClient,
  request: TaobaoUniversalbpReportAsyncCreateDownloadTaskRequest,
  options?: CallOptions,
): Promise<TaobaoUniversalbpReportAsyncCreateDownloadTaskResponse> {
  return client.call<TaobaoUniversalbpReportAsyncCreateDownloadTaskResponse>(
    {
      method: 'taobao.universalbp.report.async.create.download.task',
      responseRoot: 'universalbp_report_async_create_download_task_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
