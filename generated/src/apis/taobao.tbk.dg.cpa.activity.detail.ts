// Generated from specs/tbk/taobao.tbk.dg.cpa.activity.detail.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.tbk.dg.cpa.activity.detail` (淘宝客-推广者-CPA活动执行明细). */
export interface TaobaoTbkDgCpaActivityDetailRequest {
  /** 明细类型，1：预估明细，2：结算明细 */
  query_type?: Int64Input;
  /** 每页条数 */
  page_size?: Int64Input;
  /** 页码 */
  page_no?: Int64Input;
  /** CPA活动ID */
  event_id: Int64Input;
  /** CPA活动奖励的统计口径，相关说明见文档：https://www.yuque.com/docs/share/7ecf8cf1-7f99-4633-a2ed-f9b6f8116af5?# */
  indicator_alias?: string;
  /** 下一页开始查询的记录主键id */
  start_id?: Int64Input;
  /** 指定数据批次号(时间戳) */
  runtime?: DateInput;
}

/** Response of `taobao.tbk.dg.cpa.activity.detail`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoTbkDgCpaActivityDetailResponse {
  /** 接口返回model */
  result?: TaobaoTbkDgCpaActivityDetailResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.tbk.dg.cpa.activity.detail`. */
export interface TaobaoTbkDgCpaActivityDetailResult {
  /** 错误代码 */
  biz_error_feature?: string;
  /** 返回素材id */
  data?: TaobaoTbkDgCpaActivityDetailPageResult;
  /** 是否成功 */
  success?: boolean;
  /** 结果码 */
  result_code?: Int64;
  /** 错误描述 */
  biz_error_desc?: string;
  /** 错误代码 */
  biz_error_code?: Int64;
  /** 结果信息 */
  result_msg?: string;
}

/** `PageResult` of `taobao.tbk.dg.cpa.activity.detail`. */
export interface TaobaoTbkDgCpaActivityDetailPageResult {
  /** 数据结果 */
  results?: TaobaoTbkDgCpaActivityDetailResults[];
  /** 上一页页码 */
  pre_page?: Int64;
  /** 下一页页码 */
  next_page?: Int64;
  /** 当前页码 */
  page_no?: Int64;
  /** 总共页数 */
  total_pages?: Int64;
  /** 每页条数 */
  page_size?: Int64;
  /** 是否有下一页 */
  has_next?: boolean;
  /** 总条数 */
  total_count?: Int64;
  /** 是否有下一页 */
  has_pre?: boolean;
  /** 数据批次号(时间戳) */
  runtime?: string;
}

/** `Results` of `taobao.tbk.dg.cpa.activity.detail`. */
export interface TaobaoTbkDgCpaActivityDetailResults {
  /** 奖励明细数据，KV结构。字段释义见文档：https://www.yuque.com/docs/share/7ecf8cf1-7f99-4633-a2ed-f9b6f8116af5?# */
  field_detail?: string;
  /** 明细类型，1：预估明细，2：结算明细 */
  calc_type?: Int64;
  /** 明细记录主键id */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  query_type: 'Number',
  page_size: 'Number',
  page_no: 'Number',
  event_id: 'Number',
  indicator_alias: 'String',
  start_id: 'Number',
  runtime: 'Date',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    biz_error_feature: 'String',
    data: {
      results: [
        {
          field_detail: 'String',
          calc_type: 'Number',
          id: 'Number',
        },
      ],
      pre_page: 'Number',
      next_page: 'Number',
      page_no: 'Number',
      total_pages: 'Number',
      page_size: 'Number',
      has_next: 'Boolean',
      total_count: 'Number',
      has_pre: 'Boolean',
      runtime: 'Date',
    },
    success: 'Boolean',
    result_code: 'Number',
    biz_error_desc: 'String',
    biz_error_code: 'Number',
    result_msg: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.tbk.dg.cpa.activity.detail`: method, response root, request and response schemas. */
export const taobaoTbkDgCpaActivityDetailOperation = {
  method: 'taobao.tbk.dg.cpa.activity.detail',
  responseRoot: 'tbk_dg_cpa_activity_detail_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 淘宝客-推广者-CPA活动执行明细 — calls TOP method `taobao.tbk.dg.cpa.activity.detail`.
 *
 * 淘宝客获取CPA活动具体执行效果的明细数据（含预估和结算维度）
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoTbkDgCpaActivityDetail(
  client: TopClient,
  request: TaobaoTbkDgCpaActivityDetailRequest,
  options?: CallOptions,
): Promise<TaobaoTbkDgCpaActivityDetailResponse> {
  return client.call<TaobaoTbkDgCpaActivityDetailResponse>(
    {
      method: 'taobao.tbk.dg.cpa.activity.detail',
      responseRoot: 'tbk_dg_cpa_activity_detail_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
