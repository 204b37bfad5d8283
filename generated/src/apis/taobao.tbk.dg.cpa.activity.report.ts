// Generated from specs/tbk/taobao.tbk.dg.cpa.activity.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.cpa.activity.report` (淘宝客-推广者-任务奖励效果报表). */
export interface TaobaoTbkDgCpaActivityReportRequest {
  /** CPA活动ID，详见https://www.yuque.com/docs/share/16905f3f-3a22-4e7c-b8c3-4d23791d42f7?# */
  event_id: Int64Input;
  /** 日期(yyyyMMdd) */
  biz_date: string;
  /** 分页页数，从1开始 */
  page_no?: Int64Input;
  /** 数据类型：数据类型:1预估 2结算 （选择1可查询含当天实时预估统计的累计数据，选择2可查询最晚截止昨天结算的累计数据，具体逻辑以活动规则描述为准；） */
  query_type?: Int64Input;
  /** 分页大小 */
  page_size?: Int64Input;
  /** 媒体三段式id（如果传入pid则返回pid汇总数据，不传则返回member维度统计数据，pid和relationid不可同时传入） */
  pid?: string;
  /** 代理id（如果传入rid则返回rid统计数据，不传则返回member维度统计数据） */
  relation_id?: Int64Input;
}

/** Response of `taobao.tbk.dg.cpa.activity.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgCpaActivityReportResponse {
  /** 返回模型 */
  result?: TaobaoTbkDgCpaActivityReportRpcResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `RpcResult` of `taobao.tbk.dg.cpa.activity.report`. */
export interface TaobaoTbkDgCpaActivityReportRpcResult {
  /** 分页模型 */
  data?: TaobaoTbkDgCpaActivityReportPageResult;
}

/** `PageResult` of `taobao.tbk.dg.cpa.activity.report`. */
export interface TaobaoTbkDgCpaActivityReportPageResult {
  /** 数据列表 */
  results?: TaobaoTbkDgCpaActivityReportVegasCpaReportDTO[];
}

/** `VegasCpaReportDTO` of `taobao.tbk.dg.cpa.activity.report`. */
export interface TaobaoTbkDgCpaActivityReportVegasCpaReportDTO {
  /** 符合奖励要求的累计用户数；按入参是预估/结算，区分用户数为预估or可结算结果； */
  union_30d_lx_uv?: Int64;
  /** 奖励金额；按入参是预估/结算，区分获得金额为预估or可结算结果； */
  reward_amount?: string;
  /** rid，当查询数据为rid维度时返回该字段 */
  relation_id?: Int64;
  /** 统计日期（统计活动期内，截止 统计日期 的数据） */
  biz_date?: string;
  /** 媒体三段式id，当查询数据为pid维度时返回该字段 */
  pid?: string;
  /** 数据类型:1预估 2结算 */
  query_type?: Int64;
  /** 活动相关数据信息 */
  ext_info?: string;
}

const REQUEST_SCHEMA = {
  event_id: 'Number',
  biz_date: 'String',
  page_no: 'Number',
  query_type: 'Number',
  page_size: 'Number',
  pid: 'String',
  relation_id: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    data: {
      results: [
        {
          union_30d_lx_uv: 'Number',
          reward_amount: 'String',
          relation_id: 'Number',
          biz_date: 'String',
          pid: 'String',
          query_type: 'Number',
          ext_info: 'String',
        },
      ],
    },
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.cpa.activity.report`: method, response root, request and response schemas. */
export const taobaoTbkDgCpaActivityReportOperation = {
  method: 'taobao.tbk.dg.cpa.activity.report',
  responseRoot: 'tbk_dg_cpa_activity_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-任务奖励效果报表 — calls TOP method `taobao.tbk.dg.cpa.activity.report`.
 *
 * 提供给媒体使用的cpa活动报表查询api，当前仅试运行媒体可使用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgCpaActivityReport(
  client: TopClient,
  request: TaobaoTbkDgCpaActivityReportRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgCpaActivityReportResponse> {
  return client.call<TaobaoTbkDgCpaActivityReportResponse>(
    {
      method: 'taobao.tbk.dg.cpa.activity.report',
      responseRoot: 'tbk_dg_cpa_activity_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
