// Generated from specs/shenjing/alibaba.shenjing.core.activity.getappshowlist.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.shenjing.core.activity.getappshowlist` (获取神鲸活动列表). */
export interface AlibabaShenjingCoreActivityGetappshowlistRequest {
  /** 验权对象 */
  work_bench_context?: AlibabaShenjingCoreActivityGetappshowlistWorkBenchContextInput;
  /** 时间戳 */
  timestamp1?: Int64Input;
  /** 页码 */
  page?: Int64Input;
  /** 一页行数 */
  size?: Int64Input;
}

/** Response of `alibaba.shenjing.core.activity.getappshowlist`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaShenjingCoreActivityGetappshowlistResponse {
  /** 返回的结果对象 */
  result?: AlibabaShenjingCoreActivityGetappshowlistPageResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `WorkBenchContext` of `alibaba.shenjing.core.activity.getappshowlist`. */
export interface AlibabaShenjingCoreActivityGetappshowlistWorkBenchContextInput {
  /** 授权的appCode */
  app_code?: string;
  /** 公司ID */
  company_id?: Int64Input;
  /** 系统ID */
  system_id?: string;
  /** 园区Id */
  campus_id?: Int64Input;
}

/** `PageResult` of `alibaba.shenjing.core.activity.getappshowlist`. */
export interface AlibabaShenjingCoreActivityGetappshowlistPageResult {
  /** 返回内容(分页对象) */
  content?: AlibabaShenjingCoreActivityGetappshowlistPage;
  /** 错误码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 成功标示 */
  success?: boolean;
}

/** `Page` of `alibaba.shenjing.core.activity.getappshowlist`. */
export interface AlibabaShenjingCoreActivityGetappshowlistPage {
  /** 分页总数 */
  total?: Int64;
  /** 一页行数 */
  limit?: Int64;
  /** 分页总数 */
  total_count?: Int64;
  /** 活动列表 */
  items?: AlibabaShenjingCoreActivityGetappshowlistT[];
  /** 一页行数 */
  page_size?: Int64;
  /** 当前页 */
  current_page?: Int64;
  /** 总页数 */
  total_page?: Int64;
}

/** `T` of `alibaba.shenjing.core.activity.getappshowlist`. */
export interface AlibabaShenjingCoreActivityGetappshowlistT {
  /** 获取地址 */
  full_adress?: string;
  /** 活动详情的URL地址 */
  act_detail_url?: string;
  /** 活动的内容 */
  content?: string;
  /** 发布状态 "draft":"草稿","wait":"待发布", "underway":"进行中", "over":"已结束", "insertingcoil":"已下线" */
  status?: string;
  /** 活动展示结束时间 */
  view_end_time?: string;
  /** 活动展示开始时间 */
  view_start_time?: string;
  /** 活动结束时间 */
  act_end_time?: string;
  /** 活动开始时间 */
  act_start_time?: string;
  /** 物业公司ID */
  wy_company_id?: Int64;
  /** 活动主键ID */
  id?: Int64;
  /** 宣传图片多个,分隔 */
  images?: string;
  /** 活动创建的时间戳 */
  timestamp?: Int64;
  /** 活动名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  work_bench_context: {
    app_code: 'String',
    company_id: 'Number',
    system_id: 'String',
    campus_id: 'Number',
  },
  timestamp1: 'Number',
  page: 'Number',
  size: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    content: {
      total: 'Number',
      limit: 'Number',
      total_count: 'Number',
      items: [
        {
          full_adress: 'String',
          act_detail_url: 'String',
          content: 'String',
          status: 'String',
          view_end_time: 'Date',
          view_start_time: 'Date',
          act_end_time: 'Date',
          act_start_time: 'Date',
          wy_company_id: 'Number',
          id: 'Number',
          images: 'String',
          timestamp: 'Number',
          name: 'String',
        },
      ],
      page_size: 'Number',
      current_page: 'Number',
      total_page: 'Number',
    },
    error_code: 'String',
    error_msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.shenjing.core.activity.getappshowlist`: method, response root, request and response schemas. */
export const alibabaShenjingCoreActivityGetappshowlistOperation = {
  method: 'alibaba.shenjing.core.activity.getappshowlist',
  responseRoot: 'alibaba_shenjing_core_activity_getappshowlist_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取神鲸活动列表 — calls TOP method `alibaba.shenjing.core.activity.getappshowlist`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaShenjingCoreActivityGetappshowlist(
  client: TopClient,
  request: AlibabaShenjingCoreActivityGetappshowlistRequest = {},
  options?: CallOptions,
): Promise<AlibabaShenjingCoreActivityGetappshowlistResponse> {
  return client.call<AlibabaShenjingCoreActivityGetappshowlistResponse>(
    {
      method: 'alibaba.shenjing.core.activity.getappshowlist',
      responseRoot: 'alibaba_shenjing_core_activity_getappshowlist_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
